import Foundation
import Grounding
public import Optimization
import PDDL
import PartialOrderPlanning
import PlanningTask
import Scheduling
public import Search
import TimeUnits
import Workflow

/// The whole path of `werk solve`: plan → partial-order plan → scheduling project →
/// schedule → workflow, checking the result of every stage before the next uses it.
public struct ScenarioSolver: Sendable {
    /// How a solve ended, when it produced no solution.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The search proved that no plan reaches the goal.
        case unsolvable
        /// A time or memory limit stopped the search before a plan was found.
        case limitReached(SearchOutcome.Limit)
        /// A temporal domain whose plan needs actions to overlap (or whose compilation has
        /// none): `werk solve` schedules partial orders, which cannot say "during"; the
        /// text is the validator's reason.
        case needsTemporalPlanner(String)
        /// A stage produced a result its check rejected: a bug, reported as such.
        case internalError(String)

        public var description: String {
            switch self {
            case .unsolvable: "no plan exists: the goal cannot be reached"
            case .limitReached(.time): "the time limit was reached before a plan was found"
            case .limitReached(.memory): "the memory limit was reached before a plan was found"
            case .needsTemporalPlanner(let reason):
                "this temporal domain needs actions that run at the same time (\(reason)); "
                    + "werk solve cannot schedule such plans yet: `werk plan DOMAIN PROBLEM` "
                    + "finds a timed plan"
            case .internalError(let message): "internal error: \(message)"
            }
        }
    }

    public let scenario: Scenario
    /// Overall wall-clock limit in seconds (planning and scheduling together).
    public var timeLimit: Double
    /// A MILP backend (GLPK in `werk solve`) for assigning named units where a greedy pass
    /// finds no assignment (see ``ScheduleSolverOptions/milpSolver``).
    public var milpSolver: (any MILPSolver)?
    /// Asked now and then while planning and scheduling: once it answers yes, each phase
    /// stops as its time limit would and the pipeline goes on with the best result so far.
    public var stopRequested: (@Sendable () -> Bool)?
    /// Told as each phase starts ("grounding", "planning", then the scheduler's phases) and
    /// as planning finds a better plan.
    public var progress: (@Sendable (ScenarioProgress) -> Void)?

    public init(
        scenario: Scenario, timeLimit: Double? = nil, milpSolver: (any MILPSolver)? = nil,
        stopRequested: (@Sendable () -> Bool)? = nil
    ) {
        self.scenario = scenario
        self.timeLimit = timeLimit ?? scenario.timeLimit ?? 60
        self.milpSolver = milpSolver
        self.stopRequested = stopRequested
    }

    /// Runs the pipeline. Throws ``Failure`` for outcomes without a solution and
    /// a ``Diagnostic`` for bad input.
    public func solve() async throws -> ScenarioSolution {
        let clock = ContinuousClock()
        let deadline = clock.now + .limit(seconds: timeLimit)
        progress?(ScenarioProgress(phase: "grounding"))
        let planner: PDDLPlanner
        do {
            planner = try PDDLPlanner(
                domain: scenario.domain, problem: scenario.problem,
                limits: SearchLimits(deadline: deadline, stopRequested: stopRequested))
        } catch {
            if let limit = error.limit {
                throw Failure.limitReached(limit == .time ? .time : .memory)
            }
            throw error.diagnostic(
                domainFile: scenario.domainPath, problemFile: scenario.problemPath)
        }
        let plan: SequentialPlan
        let settings = scenario.planner
        let algorithm: PDDLPlanner.Algorithm =
            settings.search == .opt
            ? .optimal(.lmcut) : .satisficing(anytime: settings.anytime)
        // An anytime search improves until its deadline: it gets half the time, the
        // scheduler the rest.
        let planningDeadline =
            settings.anytime ? clock.now + (deadline - clock.now) / 2 : deadline
        progress?(ScenarioProgress(phase: "planning"))
        let planningLimits = SearchLimits(
            deadline: planningDeadline, stopRequested: stopRequested)
        let search = planner.findPlan(algorithm, limits: planningLimits) { found in
            progress?(ScenarioProgress(phase: "planning", planCost: found.cost(in: planner.task)))
        }
        switch search.outcome {
        case .solved(let found): plan = found
        case .unsolvable where scenario.isTemporal:
            // The compilation of a temporal domain proves nothing about the domain itself.
            throw Failure.needsTemporalPlanner("its actions compiled one at a time reach no plan")
        case .unsolvable: throw Failure.unsolvable
        case .limitReached(let limit): throw Failure.limitReached(limit)
        }
        let steps = planner.steps(of: plan)
        let modeDurations = try StepDurations.evaluate(steps, scenario: scenario)
        // Alternatives differ in duration only in plain domains, where times are not checked.
        let firstDurations = modeDurations.map { $0[0] }
        let sequential = planner.validate(
            timed(steps, starts: sequentialStarts(firstDurations), firstDurations))
        if scenario.isTemporal, case .invalid(let failure) = sequential {
            throw Failure.needsTemporalPlanner("the plan run step after step fails: \(failure)")
        }
        try check(sequential, "the plan found")

        let partialOrder: PartialOrderPlan
        do {
            partialOrder = try Deorderer(task: planner.task).deorder(plan)
        } catch {
            throw Failure.internalError("deordering failed: \(error)")
        }
        let stepIDs = StepIDs.ids(of: steps)
        let scale = TimeScale(fitting: modeDurations.flatMap { $0 })
        let project = ProjectBuilder.project(
            name: scenario.problem.name, plan: partialOrder, stepIDs: stepIDs,
            durations: modeDurations.map { $0.map(scale.ticks) },
            demands: steps.map { scenario.profile(ofAction: $0.actionName).modes.map(\.uses) },
            resources: scenario.resources)
        if let violation = SchedulingLimits.violation(in: project) {
            let unit = scale.ticksPerUnit == 1 ? "" : " (times in 1/\(scale.ticksPerUnit) units)"
            throw Diagnostic(file: scenario.path, location: .unknown, message: violation + unit)
        }

        let remaining = max(1, (deadline - clock.now).seconds)
        var options = ScheduleSolverOptions(
            timeLimit: remaining, milpSolver: milpSolver, stopRequested: stopRequested)
        if let progress {
            options.progress = { report in
                progress(
                    ScenarioProgress(
                        phase: "scheduling (\(report.phase))",
                        makespan: report.objective.map(scale.time),
                        bound: report.bound.map(scale.time)))
            }
        }
        let result = await ScheduleSolver().solve(project, options: options)
        guard let schedule = result.schedule else {
            throw Failure.internalError("the scheduler found no schedule for the plan")
        }
        var violations = ScheduleValidator.violations(of: schedule, in: project)
        if let allocation = result.allocation {
            violations += AllocationValidator.violations(
                of: allocation, schedule: schedule, in: project)
        } else if project.resources.contains(where: { !$0.units.isEmpty }) {
            violations.append("the named units could not be allocated")
        }
        guard violations.isEmpty else {
            throw Failure.internalError(
                "the schedule breaks its constraints: \(violations.joined(separator: "; "))")
        }
        let durations = steps.indices.map { modeDurations[$0][schedule.modes[$0]] }
        let layers: [Int]
        do {
            layers = try partialOrder.layers()
        } catch {
            throw Failure.internalError("the partial order is broken: \(error)")
        }
        let scheduledSteps = timed(
            steps,
            starts: schedule.starts.indices.map {
                scale.time(schedule.starts[$0]) + Self.separation * Double(layers[$0])
            }, durations)
        try check(planner.validate(scheduledSteps), "the schedule")

        let commands = steps.indices.map { index in
            let step = steps[index]
            let template = scenario.profile(ofAction: step.actionName).command
            let units = result.allocation?.names(of: index, in: project) ?? [:]
            return [
                "/bin/sh", "-c",
                template?.render(arguments: step.arguments, units: units) ?? "true",
            ]
        }
        let workflow = WorkflowBuilder.workflow(
            name: scenario.problem.name, plan: partialOrder, project: project,
            schedule: schedule, allocation: result.allocation, commands: commands,
            secondsPerTick: scale.time(1))
        return ScenarioSolution(
            scenario: scenario, task: planner.task, plan: plan, steps: steps,
            partialOrder: partialOrder, stepIDs: stepIDs, project: project, result: result,
            schedule: schedule, allocation: result.allocation, timeScale: scale,
            durations: durations,
            scheduledSteps: scheduledSteps, workflow: workflow)
    }

    /// The steps with times for the lifted validator: a temporal plan in a temporal domain,
    /// otherwise the sequence ordered by start time (a linearisation of the partial order,
    /// since a step ordered after another never starts before it and ties keep plan order).
    private func timed(_ steps: [PlanStep], starts: [Double], _ durations: [Double]) -> [PlanStep] {
        let order = steps.indices.sorted { (starts[$0], $0) < (starts[$1], $1) }
        return order.map { index in
            var step = steps[index]
            if scenario.isTemporal {
                step.time = starts[index]
                step.duration = durations[index]
            }
            return step
        }
    }

    /// How far apart the timed plan puts an end and a start that touch the same atoms: PDDL
    /// 2.1 (and VAL) read a start's conditions before an end at the same time, and reject
    /// happenings that interfere at one time. A step starts this much later per layer of
    /// the partial order, so every ordered pair is separated and the durations stay as
    /// planned; the schedule itself keeps its times.
    static let separation = 0.01

    /// Start times that run the steps back to back in plan order, `separation` apart.
    private func sequentialStarts(_ durations: [Double]) -> [Double] {
        var clock = 0.0
        return durations.map { duration in
            defer { clock += duration + Self.separation }
            return clock
        }
    }

    private func check(_ validation: PlanValidation, _ what: String) throws(Failure) {
        if case .invalid(let failure) = validation {
            throw .internalError("\(what) does not validate: \(failure)")
        }
    }
}
