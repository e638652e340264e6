import Grounding
public import Optimization
import PDDL
import PartialOrderPlanning
import PlanningTask
import Scheduling
public import Search
import SourceText
import TimeUnits

/// The whole path of `werk solve`: plan → partial-order plan → scheduling project →
/// schedule → workflow, checking the result of every stage before the next uses it.
///
/// A temporal domain is planned by the temporal planner instead, and its timed plan
/// scheduled under the difference constraints that keep it valid
/// (``solveTemporal(with:deadline:)``).
public struct ScenarioSolver: Sendable {
    /// How a solve ended, when it produced no solution.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The search proved that no plan reaches the goal.
        case unsolvable
        /// A time or memory limit stopped the search before a plan was found.
        case limitReached(SearchOutcome.Limit)
        /// The temporal search stopped without a plan; it starts actions only at decision
        /// epochs, so this proves nothing.
        case noPlanFound
        /// A stage produced a result its check rejected: a bug, reported as such.
        case internalError(String)

        /// The message explaining why there is no solution.
        public var description: String {
            switch self {
            case .unsolvable: "no plan exists: the goal cannot be reached"
            case .limitReached(.time): "the time limit was reached before a plan was found"
            case .limitReached(.memory): "the memory limit was reached before a plan was found"
            case .noPlanFound:
                "no plan found: the temporal search ran out of states (it starts actions only "
                    + "at decision epochs, so this does not prove that no plan exists)"
            case .internalError(let message): "internal error: \(message)"
            }
        }
    }

    /// The scenario to solve.
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

    /// A solver for `scenario`; `timeLimit` defaults to the scenario's, else 60 seconds.
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
        let deadline = ContinuousClock.now + .limit(seconds: timeLimit)
        progress?(ScenarioProgress(phase: "grounding"))
        let limits = SearchLimits(deadline: deadline, stopRequested: stopRequested)
        if scenario.isTemporal {
            let planner = try grounded { () throws(GroundingFailure) in
                try TemporalPDDLPlanner(
                    domain: scenario.domain, problem: scenario.problem, limits: limits)
            }
            return try await solveTemporal(with: planner, deadline: deadline)
        }
        let planner = try grounded { () throws(GroundingFailure) in
            try PDDLPlanner(domain: scenario.domain, problem: scenario.problem, limits: limits)
        }
        return try await solveClassical(with: planner, deadline: deadline)
    }

    /// The planner `build` grounds; a grounding limit is a ``Failure``, anything else the
    /// grounder refuses a ``Diagnostic`` in the scenario's files.
    private func grounded<Planner>(_ build: () throws(GroundingFailure) -> Planner) throws
        -> Planner
    {
        do {
            return try build()
        } catch {
            if let limit = error.limit {
                throw Failure.limitReached(limit == .time ? .time : .memory)
            }
            throw error.diagnostic(
                domainFile: scenario.domainPath, problemFile: scenario.problemPath)
        }
    }

    /// The pipeline for a domain without durative actions, on the plan of the classical
    /// search: deordered, scheduled, checked.
    private func solveClassical(with planner: PDDLPlanner, deadline: ContinuousClock.Instant)
        async throws -> ScenarioSolution
    {
        let clock = ContinuousClock()
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
        func report(_ found: SequentialPlan) {
            progress?(ScenarioProgress(phase: "planning", planCost: found.cost(in: planner.task)))
        }
        var outcome = planner.findPlan(algorithm, limits: planningLimits, onPlan: report).outcome
        // An anytime search with no plan by half time goes on for a first plan.
        if settings.anytime, case .limitReached(.time) = outcome, clock.now < deadline,
            stopRequested?() != true
        {
            outcome =
                planner.findPlan(
                    .satisficing(anytime: false),
                    limits: SearchLimits(deadline: deadline, stopRequested: stopRequested),
                    onPlan: report
                ).outcome
        }
        switch outcome {
        case .solved(let found): plan = found
        case .unsolvable: throw Failure.unsolvable
        case .limitReached(let limit): throw Failure.limitReached(limit)
        }
        if let failure = planner.failedCheck(of: plan) {
            throw Failure.internalError("the plan found does not validate: \(failure)")
        }
        let steps = planner.steps(of: plan)
        let modeDurations = try StepDurations.evaluate(steps, scenario: scenario)

        let partialOrder: PartialOrderPlan
        do {
            partialOrder = try await planner.partialOrder(of: plan, by: .deorder).plan
        } catch {
            throw Failure.internalError("deordering failed: \(error)")
        }
        let scale = TimeScale(fitting: modeDurations.flatMap { $0 })
        // Every ordering is a finish-to-start precedence, so every schedule of the project
        // runs a linearisation of the partial order.
        let project = project(
            of: steps, modeDurations: modeDurations, scale: scale,
            precedences: partialOrder.orderings.map {
                Precedence(predecessor: $0.before, successor: $0.after)
            })
        try checkLimits(of: project, scale: scale)

        let solution = solution(
            task: planner.task, plan: plan, partialOrder: partialOrder, steps: steps,
            modeDurations: modeDurations,
            scheduled: try await scheduled(project, scale: scale, deadline: deadline))
        try check(planner.validate(solution.stepsInStartOrder.map(\.action)), "the schedule")
        return solution
    }

    /// The project solved within the deadline, its schedule (and allocation of named units)
    /// checked against every constraint.
    func scheduled(
        _ project: SchedulingProblem, scale: TimeScale, deadline: ContinuousClock.Instant
    )
        async throws(Failure) -> ScheduledProject
    {
        var options = ScheduleSolverOptions(
            milpSolver: milpSolver, stopRequested: stopRequested)
        // The one deadline of the solve, at least 1 s away, so that a plan found late still
        // gets a schedule.
        options.deadline = max(deadline, .now + .seconds(1))
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
        return ScheduledProject(
            project: project, result: result, schedule: schedule, timeScale: scale)
    }

    func check(_ validation: PlanValidation, _ what: String) throws(Failure) {
        if case .invalid(let failure) = validation {
            throw .internalError("\(what) does not validate: \(failure)")
        }
    }
}
