public import Foundation

/// The JSON document `werk schedule` writes: status, makespan, bound, objective and one
/// entry per activity (PSPLIB-style ids and modes, or job-shop job/operation/machine).
public struct ScheduleReport: Codable, Sendable, Hashable {
    public var instance: String
    public var status: ScheduleStatus
    public var objectiveKind: ScheduleObjective
    public var makespan: Int?
    public var bound: Int?
    public var objective: Int?
    public var seconds: Double
    public var searchNodes: Int
    public var heuristicSchedules: Int
    /// The component that found the reported schedule.
    public var foundBy: String
    public var activities: [Entry]

    /// One scheduled activity.
    public struct Entry: Codable, Sendable, Hashable {
        public var id: String?
        /// 1-based mode number, as in PSPLIB files.
        public var mode: Int?
        public var job: Int?
        public var operation: Int?
        public var machine: Int?
        public var start: Int
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
