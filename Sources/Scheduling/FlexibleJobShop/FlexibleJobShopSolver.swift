import TimeUnits

/// The portfolio for a ``FlexibleJobShop``:
/// 1. lower bounds: ``FlexibleJobShopBounds`` (job paths, machine loads, one machine) and,
///    with a ``ScheduleSolverOptions/milpSolver``, the LP of ``FlexibleJobShopLoadBound``;
/// 2. a start solution from ``FlexibleJobShopDispatch``;
/// 3. ``FlexibleJobShopTabuSearch`` for at most a third of the time: until it meets the
///    bound or three restarts in a row find nothing better;
/// 4. ``ConstraintBranchAndBound`` on the shop as a multi-mode project (a mode per eligible
///    machine, each machine a capacity-1 resource), from the tabu incumbent, to prove
///    optimality — for a quarter of what is left, and only for shops of at most
///    ``exactSearchOperations`` operations. Measured (8 s on k4, mk02–mk04, r-la01, r-mt06,
///    e-mt10, mt10c1): its proofs come from the root (destructive bound), where a quarter
///    proves as much as three quarters, while the tabu search's extra time gives better
///    makespans (mk02 26 instead of 27, mt10c1 928 instead of 947);
/// 5. the tabu search again until the deadline when no proof was found.
///
/// With 2 or more threads steps 4 and 5 run side by side and the first to close the gap
/// stops the other. ``ScheduleSolverOptions/stopRequested`` (SIGINT in `werk`) ends the
/// searches early with the best schedule so far; ``ScheduleSolverOptions/progress`` hears
/// of each phase. The status is `optimal` only when the makespan equals a proven bound
/// (the bound, or an exhausted branch-and-bound).
public struct FlexibleJobShopSolver: Sendable {
    /// The largest shop the exact search is tried on.
    static let exactSearchOperations = 200
    /// Passes of the list-scheduling start heuristic.
    static let dispatchPasses = 20

    /// The shop to solve.
    public let shop: FlexibleJobShop

    /// A solver for `shop`.
    public init(shop: FlexibleJobShop) { self.shop = shop }

    /// Solves within `options`' time limit and relative gap, seeded with its seed;
    /// `iterationLimit` bounds each of the tabu search's runs (for reproducible tests).
    public func solve(options: ScheduleSolverOptions, iterationLimit: Int = .max) async
        -> FlexibleJobShopResult
    {
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = options.deadline
        let limit = deadline - started
        var statistics = ScheduleResult.Statistics()
        let interruption = StopSignal(request: options.stopRequested)
        options.progress?(ScheduleProgress(phase: "lower bounds", objective: nil, bound: nil))
        var bound = FlexibleJobShopBounds.makespan(shop)
        if let milp = options.milpSolver,
            let load = await FlexibleJobShopLoadBound.makespan(
                shop, solver: milp, seconds: (limit / 10).seconds)
        {
            bound = max(bound, load)
        }
        let dispatch = FlexibleJobShopDispatch(shop: shop)
        guard
            let start = dispatch.best(
                passes: Self.dispatchPasses, seed: options.seed, until: started + limit / 20)
        else {
            return FlexibleJobShopResult(
                status: .unknown, schedule: nil, makespan: nil, bound: bound,
                statistics: statistics)
        }
        let target = options.gapTarget

        let tabu = FlexibleJobShopTabuSearch(shop: shop, start: start, seed: options.seed)
        options.progress?(
            ScheduleProgress(phase: "tabu search", objective: start.makespan, bound: bound))
        tabu.run(
            until: min(deadline, started + limit / 3), target: target(bound), rounds: 3,
            iterationLimit: iterationLimit, stop: interruption)
        var complete = false
        var exactValue = Int.max
        if tabu.best.makespan > target(bound), clock.now < deadline, !interruption.isRaised,
            shop.operations.count <= Self.exactSearchOperations
        {
            options.progress?(
                ScheduleProgress(
                    phase: "exact search", objective: tabu.best.makespan, bound: bound))
            let problem = shop.schedulingProblem
            let exactDeadline = clock.now + (deadline - clock.now) / 4
            let exact = await prove(
                problem, incumbent: shop.projectSchedule(tabu.best.schedule), bound: bound,
                target: target(bound), exactDeadline: exactDeadline,
                beside: options.threads >= 2 ? tabu : nil, until: deadline,
                iterationLimit: iterationLimit, interruption: interruption)
            statistics.searchNodes = exact.nodes
            bound = max(bound, exact.bound)
            complete = exact.isComplete
            if let schedule = exact.schedule,
                let solution = FlexibleSequencing(
                    shop: shop, schedule: shop.flexibleSchedule(schedule)),
                solution.makespan < tabu.best.makespan
            {
                tabu.offer(solution)
                exactValue = solution.makespan
            }
        }
        if !complete, options.threads < 2, tabu.best.makespan > target(bound),
            !interruption.isRaised
        {
            options.progress?(
                ScheduleProgress(
                    phase: "tabu search", objective: tabu.best.makespan, bound: bound))
            tabu.run(
                until: deadline, target: target(bound), iterationLimit: iterationLimit,
                stop: interruption)
        }
        // Dispatch passes (fewer on huge shops) and tabu iterations: each builds a schedule.
        statistics.heuristicSchedules = Self.dispatchPasses + tabu.iterations
        statistics.seconds = (clock.now - started).seconds
        let best = tabu.best
        statistics.foundBy =
            best.makespan == exactValue
            ? "branch-and-bound" : best.makespan < start.makespan ? "tabu-search" : "heuristic"
        let proven = complete ? best.makespan : min(bound, best.makespan)
        return FlexibleJobShopResult(
            status: proven == best.makespan ? .optimal : .feasible, schedule: best.schedule,
            makespan: best.makespan, bound: proven, statistics: statistics)
    }

    /// The constraint branch-and-bound from `incumbent` until `exactDeadline`; with a tabu
    /// search `beside`, both run until `deadline` and either stops the other once it closes
    /// the gap. Both stop early once `interruption` is raised.
    private func prove(
        _ problem: SchedulingProblem, incumbent: Schedule, bound: Int, target: Int,
        exactDeadline: ContinuousClock.Instant, beside tabu: FlexibleJobShopTabuSearch?,
        until deadline: ContinuousClock.Instant, iterationLimit: Int, interruption: StopSignal
    ) async -> BranchAndBoundResult {
        let network = ProjectNetwork(problem)
        guard let tabu else {
            let search = Self.exactSearch(network)
            search.stopSignal = interruption
            return search.solve(incumbent: incumbent, lowerBound: bound, until: exactDeadline)
        }
        let stop = StopSignal(request: { interruption.isRaised })
        let exact = Task.detached { () -> BranchAndBoundResult in
            let search = Self.exactSearch(network)
            search.stopSignal = stop
            let result = search.solve(incumbent: incumbent, lowerBound: bound, until: deadline)
            stop.raise()
            return result
        }
        tabu.run(until: deadline, target: target, iterationLimit: iterationLimit, stop: stop)
        stop.raise()
        return await exact.value
    }

    /// The constraint branch-and-bound without window shaving at every node: measured with
    /// 6 s on k4, mk04, e-la16, e-la17, r-la02, r-la06, e-mt10, it explores about a hundred
    /// times more nodes and proves e-la17, which the shaving search does not.
    private static func exactSearch(_ network: ProjectNetwork) -> ConstraintBranchAndBound {
        let search = ConstraintBranchAndBound(network: network)
        search.shavesEveryNode = false
        return search
    }
}
