public import PDDL

/// One step of a solved scenario: everything `werk solve` writes about it, in the
/// scenario's time unit (which the workflow runs as seconds).
public struct SolvedStep: Sendable, Hashable {
    /// The step id (`s06-bake-lasagne`, see ``StepIDs``), shared by `pop.json`,
    /// `schedule.json`, `workflow.json` and the Gantt chart.
    public let id: String
    /// The ground action the step applies (name and arguments; its times are ``start`` and
    /// ``duration``).
    public let action: PlanStep
    /// The scheduled start.
    public let start: Double
    /// The duration in the way (mode) the schedule runs the step.
    public let duration: Double
    /// Units held per resource, by name (resources the step does not use are left out).
    public let resources: [String: Int]
    /// The named units held, per pool (empty for steps on anonymous resources only).
    public let units: [String: [String]]
    /// The command (argv) that performs the step.
    public let command: [String]
    /// The ids of the steps that must finish before this one starts, in plan order.
    public let after: [String]
    /// The ids of the steps that must have started before this one starts, while they may
    /// still run, in plan order (temporal plans only).
    public let startAfter: [String]

    /// A step with all its facts; `after` and `startAfter` default to none.
    public init(
        id: String, action: PlanStep, start: Double, duration: Double,
        resources: [String: Int], units: [String: [String]], command: [String],
        after: [String] = [], startAfter: [String] = []
    ) {
        self.id = id
        self.action = action
        self.start = start
        self.duration = duration
        self.resources = resources
        self.units = units
        self.command = command
        self.after = after
        self.startAfter = startAfter
    }

    /// The scheduled finish: start plus duration.
    public var finish: Double { start + duration }
}
