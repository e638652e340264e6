public import Foundation

/// The JSON document `werk schedule` writes: status, makespan, bound, objective and one
/// entry per activity (PSPLIB-style ids and modes, or job-shop job/operation/machine).
public struct ScheduleReport: Codable, Sendable, Hashable {
    /// The instance name.
    public var instance: String
    /// Optimal, feasible, infeasible or unknown.
    public var status: ScheduleStatus
    /// What the schedule minimises.
    public var objectiveKind: ScheduleObjective
    /// The schedule's makespan, when there is a schedule.
    public var makespan: Int?
    /// A proven lower bound on the objective.
    public var bound: Int?
    /// The schedule's objective value.
    public var objective: Int?
    /// Wall-clock seconds of the solve, to the millisecond.
    public var seconds: Double
    /// Nodes of the exact search.
    public var searchNodes: Int
    /// Schedules built by the heuristics.
    public var heuristicSchedules: Int
    /// The component that found the reported schedule.
    public var foundBy: String
    /// One entry per activity, in the problem's order.
    public var activities: [Entry]

    /// One scheduled activity.
    public struct Entry: Codable, Sendable, Hashable {
        /// The activity's name (PSPLIB-style problems).
        public var id: String?
        /// 1-based mode number, as in PSPLIB files.
        public var mode: Int?
        /// The job-shop job (job shops).
        public var job: Int?
        /// The place in the job (job shops).
        public var operation: Int?
        /// The machine (job shops).
        public var machine: Int?
        /// Start time.
        public var start: Int
        /// Finish time.
        public var finish: Int
        /// Units used per resource name (non-zero demands only).
        public var resources: [String: Int]?
        /// The named units held, per pool name (problems with named units only).
        public var units: [String: [String]]?
    }

    enum CodingKeys: String, CodingKey {
        case instance, status, objectiveKind = "objective_kind", makespan, bound, objective
        case seconds, activities, searchNodes = "search_nodes"
        case heuristicSchedules = "heuristic_schedules", foundBy = "found_by"
    }

    /// The report of `result` on `problem`.
    public init(problem: SchedulingProblem, result: ScheduleResult) {
        instance = problem.name
        status = result.status
        objectiveKind = problem.objective
        objective = result.objective
        bound = result.bound
        seconds = (result.statistics.seconds * 1000).rounded() / 1000
        searchNodes = result.statistics.searchNodes
        heuristicSchedules = result.statistics.heuristicSchedules
        foundBy = result.statistics.foundBy
        makespan = result.schedule.map { $0.makespan(in: problem) }
        activities = []
        guard let schedule = result.schedule else { return }
        for (index, activity) in problem.activities.enumerated() {
            let start = schedule.starts[index]
            let finish = schedule.finish(of: index, in: problem)
            if let operation = activity.jobShopOperation {
                activities.append(
                    Entry(
                        job: operation.job, operation: operation.operation,
                        machine: operation.machine,
                        start: start, finish: finish))
                continue
            }
            let used = problem.resourceUse(of: index, in: schedule)
            activities.append(
                Entry(
                    id: activity.name, mode: schedule.modes[index] + 1, start: start,
                    finish: finish,
                    resources: used.isEmpty ? nil : used,
                    units: result.allocation.map { $0.names(of: index, in: problem) }
                        .flatMap { $0.isEmpty ? nil : $0 }))
        }
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
