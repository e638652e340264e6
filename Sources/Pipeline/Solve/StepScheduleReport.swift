public import Foundation
import PDDL
import Scheduling

/// `schedule.json` of `werk solve`: one activity per plan step, keyed by the step id of
/// `pop.json` and `workflow.json`, with its action, start, finish and resource units, in
/// the scenario's time unit.
public struct StepScheduleReport: Codable, Sendable, Hashable {
    /// The scheduler's status: `optimal`, `feasible`, `infeasible` or `unknown`.
    public var status: String
    /// The schedule's makespan, in the scenario's time unit.
    public var makespan: Double
    /// Proven lower bound on the makespan of this partial order.
    public var bound: Double?
    /// The makespan of running the sequential plan step after step.
    public var sequentialDuration: Double
    /// One entry per plan step, in the order of the plan's steps.
    public var activities: [Entry]

    /// One scheduled step.
    public struct Entry: Codable, Sendable, Hashable {
        /// The step id, as in `pop.json` and `workflow.json`.
        public var id: String
        /// The step's ground action, e.g. `(weld a b)`.
        public var action: String
        /// Scheduled start, in the scenario's time unit.
        public var start: Double
        /// Scheduled finish (start plus duration), in the scenario's time unit.
        public var finish: Double
        /// Units held per resource (resources the step does not use are left out).
        public var resources: [String: Int]
        /// The named units held, per pool (left out for steps on anonymous resources only).
        public var units: [String: [String]]?
    }

    enum CodingKeys: String, CodingKey {
        case status, makespan, bound, activities
        case sequentialDuration = "sequential_duration"
    }

    /// The report of `solution`: its steps in plan order.
    public init(_ solution: ScenarioSolution) {
        status = solution.result.status.rawValue
        makespan = solution.makespan
        bound = solution.bound
        sequentialDuration = solution.sequentialDuration
        activities = solution.steps.map { step in
            Entry(
                id: step.id, action: step.action.actionText, start: step.start,
                finish: step.finish, resources: step.resources,
                units: step.units.isEmpty ? nil : step.units)
        }
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
