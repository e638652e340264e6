/// Solves a ``SchedulingProblem``: heuristics for a fast incumbent, lower bounds, then the
/// exact ``ConstraintBranchAndBound`` until it proves optimality or the time runs out,
/// with randomised multi-pass heuristics using the remaining time on large instances (or
/// beside the exact search with more than one thread).
///
/// The status is `optimal` only when the returned objective equals a proven bound.
public struct ScheduleSolver: Sendable {
    public init() {}

    public func solve(_ problem: SchedulingProblem, options: ScheduleSolverOptions) async -> ScheduleResult {
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = started + .milliseconds(Int(max(0, options.timeLimit) * 1000))
        let network = ProjectNetwork(problem)
        var statistics = ScheduleResult.Statistics()
        let lowerBound = problem.objective == .makespan ? LowerBounds.makespan(network: network) : 0

        let heuristic = HeuristicScheduler(network: network, seed: options.seed)
        let heuristicDeadline = min(deadline, started + .milliseconds(Int(options.timeLimit * 100)))
        heuristic.run(passes: problem.isSingleMode ? 1000 : 3000, until: heuristicDeadline)
        statistics.foundBy = "heuristic"
        var best = heuristic.best
        var bestValue = heuristic.best.map { _ in heuristic.bestValue }
        var bound = lowerBound

        if !Self.closeEnough(bestValue, bound, options.relativeGap) {
            let large = network.activityCount > 62
            let exactDeadline =
                large && options.threads < 2 ? clock.now + (deadline - clock.now) / 2 : deadline
            let outcome = await Self.exactAndPortfolio(
                network: network, incumbent: best, lowerBound: lowerBound,
                exactDeadline: exactDeadline, deadline: deadline, options: options)
            statistics.searchNodes = outcome.exact.nodes
            statistics.heuristicSchedules += outcome.heuristicSchedules
            if let value = outcome.exact.value, value < (bestValue ?? Int.max) {
                best = outcome.exact.schedule
                bestValue = value
                statistics.foundBy = "branch-and-bound"
            }
            if let schedule = outcome.heuristicBest {
                let value = problem.objectiveValue(of: schedule)
                if value < (bestValue ?? Int.max) {
                    best = schedule
                    bestValue = value
                    statistics.foundBy = "heuristic"
                }
            }
            bound = max(bound, outcome.exact.bound)
            if outcome.exact.isComplete, best == nil {
                statistics.seconds = Self.seconds(clock.now - started)
                return ScheduleResult(
                    status: .infeasible, schedule: nil, objective: nil, bound: nil,
                    statistics: statistics)
            }
            if outcome.exact.isComplete, let bestValue { bound = bestValue }
        }
        statistics.heuristicSchedules += heuristic.schedulesBuilt
        statistics.seconds = Self.seconds(clock.now - started)
        guard let best, let bestValue else {
            return ScheduleResult(
                status: .unknown, schedule: nil, objective: nil, bound: bound, statistics: statistics)
        }
        bound = min(bound, bestValue)
        return ScheduleResult(
            status: bound == bestValue ? .optimal : .feasible, schedule: best, objective: bestValue,
            bound: bound, statistics: statistics)
    }

    private struct PortfolioOutcome: Sendable {
        var exact: BranchAndBoundResult
        var heuristicBest: Schedule?
        var heuristicSchedules: Int
    }

    /// Runs the exact search, and randomised heuristics after it (one thread) or beside it
    /// (several threads) until `deadline`.
    private static func exactAndPortfolio(
        network: ProjectNetwork, incumbent: Schedule?, lowerBound: Int,
        exactDeadline: ContinuousClock.Instant, deadline: ContinuousClock.Instant,
        options: ScheduleSolverOptions
    ) async -> PortfolioOutcome {
        if options.threads < 2 {
            let result = exactSearch(
                network: network, incumbent: incumbent, lowerBound: lowerBound, until: exactDeadline)
            guard !result.isComplete else {
                return PortfolioOutcome(exact: result, heuristicBest: nil, heuristicSchedules: 0)
            }
            let sampler = HeuristicScheduler(network: network, seed: options.seed &+ 7)
            if let schedule = result.schedule { sampler.offer(schedule) }
            sampler.run(passes: Int.max, until: deadline)
            return PortfolioOutcome(
                exact: result, heuristicBest: sampler.best, heuristicSchedules: sampler.schedulesBuilt)
        }
        async let exactResult = exactSearch(
            network: network, incumbent: incumbent, lowerBound: lowerBound, until: deadline)
        let sampling = Task.detached { () -> (Schedule?, Int) in
            let sampler = HeuristicScheduler(network: network, seed: options.seed &+ 7)
            if let incumbent { sampler.offer(incumbent) }
            while ContinuousClock.now < deadline, !Task.isCancelled {
                sampler.run(passes: 50, until: deadline)
            }
            return (sampler.best, sampler.schedulesBuilt)
        }
        let result = await exactResult
        sampling.cancel()
        let (schedule, count) = await sampling.value
        return PortfolioOutcome(exact: result, heuristicBest: schedule, heuristicSchedules: count)
    }

    /// The delaying-alternatives branch-and-bound where it applies (plain single-mode
    /// RCPSP), the constraint-propagation branch-and-bound for everything else.
    private static func exactSearch(
        network: ProjectNetwork, incumbent: Schedule?, lowerBound: Int,
        until deadline: ContinuousClock.Instant
    ) -> BranchAndBoundResult {
        if DelayingAlternativesBranchAndBound.applies(to: network) {
            return DelayingAlternativesBranchAndBound(network: network).solve(
                incumbent: incumbent, lowerBound: lowerBound, until: deadline)
        }
        return ConstraintBranchAndBound(network: network).solve(
            incumbent: incumbent, lowerBound: lowerBound, until: deadline)
    }

    private static func closeEnough(_ value: Int?, _ bound: Int, _ gap: Double) -> Bool {
        guard let value else { return false }
        if value <= bound { return true }
        return Double(value - bound) <= gap * Double(max(1, abs(value)))
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
