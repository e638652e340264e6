import PDDL
public import PartialOrderPlanning
public import PlanningTask
public import Scheduling
public import Workflow

/// Everything `werk solve` produces for a scenario: the plan and its partial order, one
/// record per step, and the scheduling project the steps were scheduled in.
///
/// Step `i` is the same step everywhere: ``steps``[i] is the plan's step `i` (in the
/// sequential plan's order), the partial order's step `i`, the project's activity `i` and
/// the workflow's step `i`.
public struct ScenarioSolution: Sendable {
    /// The scenario solved.
    public let scenario: Scenario
    /// The ground task the plan is expressed in.
    public let task: GroundTask
    /// The sequential plan the search found.
    public let plan: SequentialPlan
    /// The minimal deordering of the plan.
    public let partialOrder: PartialOrderPlan
    /// The solved steps, in the order of the plan's steps.
    public let steps: [SolvedStep]
    /// The scheduling project built from the partial order (integer ticks).
    public let project: SchedulingProblem
    /// The scheduler's result: status, bound and the named units' allocation (checked by
    /// ``AllocationValidator``).
    public let result: ScheduleResult
    /// The validated schedule of ``project``, in integer ticks.
    public let schedule: Schedule
    /// How ticks of ``schedule`` convert to the scenario's time unit.
    public let timeScale: TimeScale

    /// The makespan of the schedule, in the scenario's time unit.
    public var makespan: Double { timeScale.time(schedule.makespan(in: project)) }

    /// The proven lower bound on the makespan, in the scenario's time unit.
    public var bound: Double? { result.bound.map(timeScale.time) }

    /// The duration of running the steps one after the other in the sequential plan's order.
    public var sequentialDuration: Double { steps.map(\.duration).reduce(0, +) }

    /// The steps in order of their scheduled start, ties in plan order. For a plan of the
    /// classical search this is a linearisation of the partial order: a step ordered after
    /// another never starts before it ends.
    public var stepsInStartOrder: [SolvedStep] {
        steps.indices.sorted { (steps[$0].start, $0) < (steps[$1].start, $1) }.map { steps[$0] }
    }

    /// The workflow document (`workflow.json`) that runs the schedule.
    public var workflow: WorkflowDocument {
        WorkflowBuilder.workflow(
            name: scenario.problem.name, steps: steps, resources: project.resources)
    }
}
