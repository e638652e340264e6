import Optimization
import TimeUnits

/// Solves a ``SchedulingProblem`` with a portfolio:
/// 1. heuristics (``HeuristicScheduler``) for an incumbent within milliseconds;
/// 2. lower bounds: critical path and energy, and — with a ``ScheduleSolverOptions/milpSolver``
///    and 2 or more threads — the LP relaxation of the ``TimeIndexedFormulation`` over the
///    incumbent's horizon (measured: on j30 the LP costs more time than its bound saves in
///    the single-thread exact search, so one thread skips it);
/// 3. an exact search until optimality is proven or time runs out:
///    on plain RCPSP lazy clause generation (``ClauseLearningSearch``: a climb from the
///    bound, then a descent from the incumbent) or, up to 40 activities, the climb and then
///    ``DelayingAlternativesBranchAndBound``; ``ConstraintBranchAndBound`` otherwise; above 40
///    activities (one thread) half the time goes to randomised multi-pass heuristics
///    afterwards. With 2 or more threads a portfolio runs instead, one thread per
///    search: the exact search, the MILP solver (warm-started with the incumbent), the
///    constraint search beside the delaying-alternatives one, randomised heuristics; they
///    share one ``SharedIncumbent`` and the first proof stops the others.
///
/// Problems with a ``DisjunctiveGraph`` structure (every renewable resource unary, every
/// activity single-mode, makespan objective: job shops and the like) go to the
/// ``JobShopSolver`` portfolio instead (tabu search, then proof).
///
/// Problems with named units are solved through their ``UnitExpansion`` (see
/// `solveAllocating`), and the result carries the allocation.
///
/// The status is `optimal` only when the returned objective equals a proven bound. A problem
/// beyond ``SchedulingLimits`` is not solved (status `unknown`).
public struct ScheduleSolver: Sendable {
    /// A solver; its settings come with each solve's options.
    public init() {}

    /// Solves `problem` within `options`' limits; the best schedule found, checked.
    public func solve(_ problem: SchedulingProblem, options: ScheduleSolverOptions) async
        -> ScheduleResult
    {
        // Beyond SchedulingLimits (which the file readers enforce) sums could overflow and
        // time-indexed profiles outgrow memory: such a problem gets no search at all.
        guard SchedulingLimits.violation(in: problem) == nil else {
            return ScheduleResult(
                status: .unknown, schedule: nil, objective: nil, bound: nil,
                statistics: ScheduleResult.Statistics())
        }
        if problem.resources.contains(where: { !$0.units.isEmpty }) {
            return await solveAllocating(problem, options: options)
        }
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = options.deadline
        let network = ProjectNetwork(problem)
        if let graph = DisjunctiveGraph(network),
            let result = await JobShopSolver(network: network, graph: graph).solve(options: options)
        {
            return result
        }
        var statistics = ScheduleResult.Statistics()
        var bound = problem.objective == .makespan ? LowerBounds.makespan(network: network) : 0
        let interruption = StopSignal(request: options.stopRequested)

        let heuristic = HeuristicScheduler(network: network, seed: options.seed)
        heuristic.stopSignal = interruption
        options.progress?(ScheduleProgress(phase: "heuristics", objective: nil, bound: bound))
        let heuristicDeadline = started + (deadline - started) / 10
        heuristic.run(passes: problem.isSingleMode ? 1000 : 3000, until: heuristicDeadline)
        statistics.heuristicSchedules = heuristic.schedulesBuilt
        statistics.foundBy = "heuristic"
        var best = heuristic.best
        var bestValue = heuristic.best.map { _ in heuristic.bestValue }

        func offer(_ schedule: Schedule?, by component: String) {
            guard let schedule, ScheduleValidator.violations(of: schedule, in: problem).isEmpty
            else { return }
            let value = problem.objectiveValue(of: schedule)
            if value < (bestValue ?? Int.max) {
                best = schedule
                bestValue = value
                statistics.foundBy = component
            }
        }

        if options.threads >= 2, let milp = options.milpSolver, let incumbent = best,
            PortfolioMember.lineUp(
                threads: options.threads, network: network, hasMILP: true, seed: options.seed
            ).contains(.milp),
            !Self.closeEnough(bestValue, bound, options.relativeGap), !interruption.isRaised
        {
            options.progress?(
                ScheduleProgress(phase: "lower bounds", objective: bestValue, bound: bound))
            let formulation = TimeIndexedFormulation(
                problem: problem, horizon: incumbent.makespan(in: problem))
            let budget = min(((deadline - started) * 0.15).seconds, (deadline - clock.now).seconds)
            if let relaxation = await Self.relaxationBound(
                formulation, solver: milp, seconds: budget)
            {
                bound = max(bound, relaxation)
            }
        }

        var complete = false
        if !Self.closeEnough(bestValue, bound, options.relativeGap), clock.now < deadline,
            !interruption.isRaised
        {
            options.progress?(
                ScheduleProgress(phase: "exact search", objective: bestValue, bound: bound))
            let outcome = await Self.portfolio(
                network: network, incumbent: best, lowerBound: bound, deadline: deadline,
                options: options, interruption: interruption)
            statistics.searchNodes = outcome.exact.nodes
            statistics.heuristicSchedules += outcome.heuristicSchedules
            offer(outcome.exact.schedule, by: "branch-and-bound")
            offer(outcome.heuristicBest, by: "heuristic")
            offer(outcome.milpBest, by: "milp")
            bound = max(bound, outcome.exact.bound, outcome.milpBound ?? 0)
            complete = outcome.exact.isComplete
        }
        statistics.seconds = (clock.now - started).seconds
        if complete, best == nil {
            return ScheduleResult(
                status: .infeasible, schedule: nil, objective: nil, bound: nil,
                statistics: statistics)
        }
        guard let best, let bestValue else {
            return ScheduleResult(
                status: .unknown, schedule: nil, objective: nil, bound: bound,
                statistics: statistics)
        }
        return ScheduleResult(
            schedule: best, value: bestValue, provenBound: bound, searchComplete: complete,
            statistics: statistics)
    }

    /// The exact search, plus heuristics after it (one thread, large instances) or the MILP
    /// solver or heuristics beside it (several threads); every part stops early once
    /// `interruption` is raised.
    private static func portfolio(
        network: ProjectNetwork, incumbent: Schedule?, lowerBound: Int,
        deadline: ContinuousClock.Instant, options: ScheduleSolverOptions,
        interruption: StopSignal
    ) async -> PortfolioOutcome {
        if options.threads < 2 {
            // With window shaving the multi-mode search proves more than the heuristics would
            // gain in the same time (MRCPSP j30 sample: 20 proofs against 19 when its 32
            // activities counted as large, same makespans).
            let sampler =
                isLarge(network)
                ? HeuristicScheduler(network: network, seed: options.seed &+ 7) : nil
            sampler?.stopSignal = interruption
            let result = exactSearch(
                network: network, incumbent: incumbent, lowerBound: lowerBound,
                until: deadline, stop: interruption, sampler: sampler)
            return PortfolioOutcome(
                exact: result, heuristicBest: sampler?.best,
                heuristicSchedules: sampler?.schedulesBuilt ?? 0)
        }
        return await parallelPortfolio(
            network: network, incumbent: incumbent, lowerBound: lowerBound, deadline: deadline,
            options: options)
    }

    /// Whether `network` counts as large (more than 40 activities: PSPLIB j60 and j120, not
    /// j30), where heuristics get half of one thread's time or a thread of their own and the
    /// exact search on plain RCPSP is clause learning alone.
    static func isLarge(_ network: ProjectNetwork) -> Bool { network.activityCount > 40 }

    /// On plain single-mode RCPSP: the destructive bound, a clause-learning climb from it, then
    /// on large projects a clause-learning descent and on small ones the delaying-alternatives
    /// branch-and-bound; the constraint-propagation branch-and-bound for everything else.
    ///
    /// `sampler` (one thread, large projects) gets half of the time: on plain RCPSP after the
    /// climb and before the descent, which then starts from its best schedule; elsewhere after
    /// the constraint search when that is still open at half time. In a parallel portfolio
    /// (`shared`) the descent starts from the portfolio's best.
    static func exactSearch(
        network: ProjectNetwork, incumbent: Schedule?, lowerBound: Int,
        until deadline: ContinuousClock.Instant, stop: StopSignal?,
        shared: SharedIncumbent? = nil, sampler: HeuristicScheduler? = nil
    ) -> BranchAndBoundResult {
        if DelayingAlternativesBranchAndBound.applies(to: network) {
            var bound = lowerBound
            if let incumbent {
                // The constraint propagator's destructive bound is stronger than the critical
                // path and costs little (on large projects without window shaving, which took
                // a fifth of the time on j6041_7 and the clause-learning climb does better).
                // Clause learning then climbs from it; on large projects it also searches from
                // the best schedule known down for the rest of the time, on small ones the
                // delaying-alternatives search does (its enumeration proves more of j30's hard
                // instances). Shares as measured, see Benchmarks/results/scheduling/notes.md.
                let large = isLarge(network)
                let probe = ConstraintBranchAndBound(network: network)
                probe.stopSignal = stop
                probe.shared = shared
                bound = probe.destructiveBound(
                    incumbentValue: network.problem.objectiveValue(of: incumbent),
                    lowerBound: lowerBound, until: deadline, shaving: !large)
                let climbShare = large ? 1.0 / 4 : 1.0 / 20
                let settled = probe.settleFromBelow(
                    incumbent: incumbent, lowerBound: bound,
                    until: .now + (deadline - .now) * climbShare)
                if settled.isComplete {
                    if let schedule = settled.schedule { shared?.offer(schedule) }
                    return settled
                }
                bound = settled.bound
                if large,
                    let descent = probe.descendWithLearning(
                        incumbent: descentStart(
                            from: incumbent, network: network, sampler: sampler, shared: shared,
                            until: .now + (deadline - .now) / 2),
                        lowerBound: bound, until: deadline)
                {
                    return descent
                }
            }
            let search = DelayingAlternativesBranchAndBound(network: network)
            search.stopSignal = stop
            search.shared = shared
            var result = search.solve(incumbent: incumbent, lowerBound: bound, until: deadline)
            result.bound = max(result.bound, bound)
            guard !result.isComplete, search.prunedIncompletely, ContinuousClock.now < deadline,
                stop?.isRaised != true
            else { return result }
            // The tree was exhausted but pruned incompletely (too many conflicting activities
            // at some node): the constraint search, which branches completely, gets the rest.
            let fallback = ConstraintBranchAndBound(network: network)
            fallback.stopSignal = stop
            fallback.shared = shared
            var proof = fallback.solve(
                incumbent: result.schedule ?? incumbent, lowerBound: result.bound, until: deadline)
            proof.bound = max(proof.bound, result.bound)
            proof.nodes += result.nodes
            return proof
        }
        let search = ConstraintBranchAndBound(network: network)
        search.stopSignal = stop
        search.shared = shared
        guard let sampler else {
            return search.solve(incumbent: incumbent, lowerBound: lowerBound, until: deadline)
        }
        let result = search.solve(
            incumbent: incumbent, lowerBound: lowerBound, until: .now + (deadline - .now) / 2)
        guard !result.isComplete else { return result }
        if let schedule = result.schedule { sampler.offer(schedule) }
        sampler.improve(until: deadline)
        return result
    }

    /// The schedule a clause-learning descent starts from: the best of `incumbent` and what
    /// `sampler` finds from it by `deadline`, or of the portfolio's best so far. The better the
    /// start, the more the descent prunes (j6041_7: from the one-pass 140 no proof in 3.7 s,
    /// from the sampler's 136 the optimum 132 proven in 3.3 s).
    static func descentStart(
        from incumbent: Schedule, network: ProjectNetwork, sampler: HeuristicScheduler?,
        shared: SharedIncumbent?, until deadline: ContinuousClock.Instant
    ) -> Schedule {
        if let sampler {
            sampler.offer(incumbent)
            sampler.improve(until: deadline)
            return sampler.best ?? incumbent
        }
        if let (schedule, value) = shared?.best,
            value < network.problem.objectiveValue(of: incumbent)
        {
            return schedule
        }
        return incumbent
    }

    /// Largest time-indexed model handed to the MILP solver (columns).
    static let milpColumnLimit = 60_000

    /// The LP relaxation bound of `formulation`, rounded up; `nil` when the model is too big,
    /// the solver fails or the time is too short.
    private static func relaxationBound(
        _ formulation: TimeIndexedFormulation, solver: any MILPSolver, seconds: Double
    ) async -> Int? {
        guard seconds > 0.05, formulation.startVariableCount <= milpColumnLimit,
            let model = try? formulation.model(relaxed: true),
            model.variableCount <= milpColumnLimit
        else { return nil }
        var options = SolveOptions()
        options.timeLimit = seconds
        guard let solution = try? await solver.solve(model, options: options),
            solution.status == .optimal, let objective = solution.objective
        else { return nil }
        return Int((objective - 1e-6).rounded(.up))
    }

    /// Branch-and-cut on the time-indexed model, warm-started with `incumbent`.
    static func milpSearch(
        _ formulation: TimeIndexedFormulation, incumbent: Schedule, solver: any MILPSolver,
        until deadline: ContinuousClock.Instant, stop: StopSignal
    ) async -> (schedule: Schedule?, bound: Int?, proven: Bool)? {
        guard formulation.startVariableCount <= milpColumnLimit,
            let model = try? formulation.model(), model.variableCount <= milpColumnLimit
        else {
            return nil
        }
        var options = SolveOptions()
        // GLPK overshoots its limit by seconds on these models (root LP and cuts are not
        // interruptible), so it gets three quarters of the remaining time.
        options.timeLimit = max(0.1, 0.75 * (deadline - .now).seconds)
        options.warmStart = formulation.values(for: incumbent, in: model)
        options.progress = { _ in stop.isRaised ? .stop : .proceed }
        guard let solution = try? await solver.solve(model, options: options) else { return nil }
        let schedule = solution.hasValues ? formulation.schedule(from: solution.values) : nil
        let proven = solution.status == .optimal
        let bound = (solution.bound ?? (proven ? solution.objective : nil)).map {
            Int(($0 - 1e-6).rounded(.up))
        }
        return (schedule, bound, proven)
    }

    private static func closeEnough(_ value: Int?, _ bound: Int, _ gap: Double) -> Bool {
        guard let value else { return false }
        if value <= bound { return true }
        return Double(value - bound) <= gap * Double(max(1, abs(value)))
    }
}
