public import PDDL
public import PartialOrderPlanning
public import PlanningTask
public import Scheduling
public import Workflow

/// Everything `werk solve` produces for a scenario: the plan, its partial order, the
/// scheduled project and the workflow.
public struct ScenarioSolution: Sendable {
    /// The scenario solved.
    public let scenario: Scenario
    /// The ground task the plan is expressed in.
    public let task: GroundTask
    /// The sequential plan the search found.
    public let plan: SequentialPlan
    /// The plan's steps by name, in sequential order.
    public let steps: [PlanStep]
    /// The minimal deordering of the plan.
    public let partialOrder: PartialOrderPlan
    /// The step ids shared by the partial-order plan, the schedule and the workflow.
    public let stepIDs: [String]
    /// The scheduling project built from the partial order (integer ticks).
    public let project: SchedulingProblem
    /// The solver's result; its schedule has been validated.
    public let result: ScheduleResult
    /// The validated schedule of ``project``, in integer ticks.
    public let schedule: Schedule
    /// The named units of each step, when the scenario names units; checked by
    /// ``AllocationValidator``.
    public let allocation: UnitAllocation?
    /// How ticks of ``schedule`` convert to the scenario's time unit.
    public let timeScale: TimeScale
    /// Duration of each step in the mode the schedule chose, in the scenario's time unit.
    public let durations: [Double]
    /// The steps in order of their scheduled start, with start times and durations in a
    /// temporal domain: the plan the lifted validator checked.
    public let scheduledSteps: [PlanStep]
    /// The workflow document (`workflow.json`) that runs the schedule.
    public let workflow: WorkflowDocument

    /// The makespan of the schedule, in the scenario's time unit.
    public var makespan: Double { timeScale.time(schedule.makespan(in: project)) }

    /// The proven lower bound on the makespan, in the scenario's time unit.
    public var bound: Double? { result.bound.map(timeScale.time) }

    /// The duration of running the steps one after the other in the sequential plan's order.
    public var sequentialDuration: Double { durations.reduce(0, +) }
}
