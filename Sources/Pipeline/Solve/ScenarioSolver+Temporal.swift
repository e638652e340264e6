import PDDL
import PartialOrderPlanning
import PlanningTask
import Scheduling
import Search
import SourceText

extension ScenarioSolver {
    /// The pipeline for a temporal domain, on a timed plan of the temporal planner (or, with
    /// `planner: {search: opt}`, the plan of fewest steps of its classical compilation, where
    /// that serves): the plan's difference
    /// constraints (``PlanRetiming/constraints(of:in:)``: interfering happenings keep their
    /// order, a separation apart; timed literals stay at their times) become generalised
    /// precedences with lags of either sign, release dates and deadlines of a scheduling
    /// project, which the scheduler solves with the scenario's resources. Every schedule of
    /// that project runs the plan's happenings in an order that keeps it valid; the lifted
    /// validator checks the one found. In the workflow, a step waits for the steps that must
    /// end before it starts (`after`) and starts after those it must run during
    /// (`start_after`).
    func solveTemporal(with planner: TemporalPDDLPlanner, deadline: ContinuousClock.Instant)
        async throws -> ScenarioSolution
    {
        let settings = scenario.planner
        let clock = ContinuousClock()
        let planningLimits = SearchLimits(
            deadline: settings.anytime ? clock.now + (deadline - clock.now) / 2 : deadline,
            stopRequested: stopRequested)
        progress?(ScenarioProgress(phase: "planning"))
        let outcome: TemporalPDDLPlanner.Outcome
        if settings.search == .opt {
            guard let fewest = planner.findFewestStepsPlan(limits: planningLimits) else {
                throw Diagnostic(
                    file: scenario.path, location: .unknown,
                    message: "planner search 'opt' is not available here: this domain's actions "
                        + "may have to overlap or meet timed literals, which only the "
                        + "satisficing temporal planner handles (use 'sat')")
            }
            outcome = fewest.outcome
        } else {
            var found = planner.findPlan(limits: planningLimits, anytime: settings.anytime).outcome
            // An anytime search with no plan by half time goes on for a first plan.
            if settings.anytime, case .limitReached(.time) = found, clock.now < deadline,
                stopRequested?() != true
            {
                found =
                    planner.findPlan(
                        limits: SearchLimits(deadline: deadline, stopRequested: stopRequested)
                    ).outcome
            }
            outcome = found
        }
        let plan: TemporalPlan
        switch outcome {
        case .solved(let found): plan = found
        case .unsolvable: throw Failure.unsolvable
        case .noPlanFound: throw Failure.noPlanFound
        case .limitReached(let limit): throw Failure.limitReached(limit)
        case .rejected(let reason):
            throw Failure.internalError("the plan found does not validate: \(reason)")
        }
        let task = planner.task
        let steps = planner.steps(of: plan)
        let modeDurations = try StepDurations.evaluate(steps, scenario: scenario)
        let constraints = PlanRetiming.constraints(of: plan, in: task)
        /// The project in ticks of `scale`, with the network it was built from.
        func build(_ scale: TimeScale) -> (SchedulingProblem, TimedNetwork) {
            let network = TimedNetwork(
                constraints, durations: modeDurations.map { scale.ticks($0[0]) }, scale: scale)
            var project = self.project(
                of: steps, modeDurations: modeDurations, scale: scale,
                precedences: network.precedences)
            for index in project.activities.indices {
                project.activities[index].releaseDate = network.releaseDates[index]
                project.activities[index].deadline = network.deadlines[index]
            }
            return (project, network)
        }
        // Ticks fine enough for the separation keep every constraint exact. Where that makes
        // the horizon too long (durations of 10^5, as in parc-printer), ticks fitting the
        // durations and literals round each gap up: tighter constraints, still sound, which
        // the scheduler may find infeasible only where steps must nest within a tick.
        let times = modeDurations.flatMap { $0 } + task.timedLiterals.map(\.time)
        var scale = TimeScale(fitting: times + [TemporalSearch.separation])
        var (project, network) = build(scale)
        if SchedulingLimits.violation(in: project) != nil {
            scale = TimeScale(fitting: times)
            (project, network) = build(scale)
        }
        try checkLimits(of: project, scale: scale)

        let scheduled = try await scheduled(project, scale: scale, deadline: deadline)
        let scheduledPlan = TemporalPlan(
            steps: plan.steps.indices.map {
                TemporalPlan.Step(
                    op: plan.steps[$0].op, start: scale.time(scheduled.schedule.starts[$0]))
            })
        try check(planner.validate(scheduledPlan), "the schedule")

        let partialOrder = PartialOrderPlan(
            steps: plan.steps.map { OperatorID($0.op) },
            orderings: network.finishToStart.map { Ordering(before: $0.0, after: $0.1) })
        return solution(
            task: task.relaxation, plan: SequentialPlan(operators: partialOrder.steps),
            partialOrder: partialOrder, steps: steps, modeDurations: modeDurations,
            startAfter: network.startAfter, scheduled: scheduled)
    }
}

/// A timed plan's difference constraints in a scheduling project's terms (integer ticks):
/// `start(b) ≥ start(a) + gap` is the precedence `start(b) ≥ finish(a) + (gap − duration(a))`;
/// a constraint from time zero is a release date, one to time zero a deadline on the finish.
private struct TimedNetwork {
    var precedences: [Precedence] = []
    var releaseDates: [Int]
    var deadlines: [Int?]
    /// Pairs (a, b) where b may start only after a ends: the workflow's `after`.
    var finishToStart: [(Int, Int)] = []
    /// Per step, the steps it may start only after they start, but may overlap.
    var startAfter: [[Int]]

    init(_ constraints: [PlanRetiming.Constraint], durations: [Int], scale: TimeScale) {
        releaseDates = [Int](repeating: 0, count: durations.count)
        deadlines = [Int?](repeating: nil, count: durations.count)
        startAfter = [[Int]](repeating: [], count: durations.count)
        var gaps: [Pair: Int] = [:]
        for constraint in constraints {
            let gap = scale.ticks(constraint.gap)
            switch (constraint.earlier, constraint.later) {
            case (let earlier?, let later?):
                let pair = Pair(earlier: earlier, later: later)
                gaps[pair] = max(gaps[pair] ?? Int.min, gap)
            case (nil, let later?):
                releaseDates[later] = max(releaseDates[later], gap)
            case (let earlier?, nil):
                let latestFinish = -gap + durations[earlier]
                deadlines[earlier] = min(deadlines[earlier] ?? Int.max, latestFinish)
            case (nil, nil):
                continue
            }
        }
        for (pair, gap) in gaps.sorted(by: {
            ($0.key.earlier, $0.key.later) < ($1.key.earlier, $1.key.later)
        }) {
            let lag = gap - durations[pair.earlier]
            precedences.append(
                Precedence(predecessor: pair.earlier, successor: pair.later, minimumLag: lag))
            if lag >= 0 {
                finishToStart.append((pair.earlier, pair.later))
            } else if gap >= 0 {
                startAfter[pair.later].append(pair.earlier)
            }
        }
    }

    private struct Pair: Hashable {
        var earlier: Int
        var later: Int
    }
}
