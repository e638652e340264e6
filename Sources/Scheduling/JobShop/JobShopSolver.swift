import TimeUnits

/// The portfolio for problems with a ``DisjunctiveGraph`` (every renewable resource unary,
/// every activity single-mode; job shops first of all), used by ``ScheduleSolver``:
/// 1. lower bound: critical path, energy and the ``OneMachineBound``;
/// 2. a start selection from a short run of ``HeuristicScheduler``;
/// 3. ``JobShopTabuSearch`` for an upper bound, for at most a third of the time: until it
///    meets the lower bound or three jumps back in a row find nothing better;
/// 4. ``ConstraintBranchAndBound`` (edge finding, destructive bound) from the tabu search's
///    incumbent to prove optimality, for three quarters of what is left (measured: more
///    time for the tabu search afterwards rarely improves the makespan, while the proofs of
///    small instances such as la04 need seconds);
/// 5. the tabu search again until the deadline when the proof did not finish.
///
/// With 2 or more threads, steps 4 and 5 run side by side and the first to close the gap
/// stops the other. The status is `optimal` only when the returned makespan equals a
/// proven bound. `solve` returns nil only when the heuristic finds no start schedule.
struct JobShopSolver {
    let network: ProjectNetwork
    let graph: DisjunctiveGraph

    func solve(options: ScheduleSolverOptions) async -> ScheduleResult? {
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = options.deadline
        let limit = deadline - started
        let problem = network.problem
        var statistics = ScheduleResult.Statistics()
        var bound = max(
            LowerBounds.makespan(network: network), OneMachineBound.makespan(graph: graph))

        let interruption = StopSignal(request: options.stopRequested)
        let heuristic = HeuristicScheduler(network: network, seed: options.seed)
        heuristic.stopSignal = interruption
        options.progress?(ScheduleProgress(phase: "heuristics", objective: nil, bound: bound))
        heuristic.run(passes: 100, until: min(deadline, started + limit / 20))
        statistics.heuristicSchedules = heuristic.schedulesBuilt
        guard let initial = heuristic.best,
            let start = MachineSequencing(graph: graph, schedule: initial)
        else { return nil }

        let target = options.gapTarget

        let tabu = JobShopTabuSearch(graph: graph, start: start, seed: options.seed)
        options.progress?(
            ScheduleProgress(phase: "tabu search", objective: start.makespan, bound: bound))
        tabu.run(
            until: min(deadline, started + limit / 3), target: target(bound), rounds: 3,
            stop: interruption)
        var complete = false
        var exactValue = Int.max
        if tabu.best.makespan > target(bound), clock.now < deadline, !interruption.isRaised {
            let exactDeadline = clock.now + (deadline - clock.now) * 3 / 4
            options.progress?(
                ScheduleProgress(
                    phase: "exact search", objective: tabu.best.makespan, bound: bound))
            let exact = await Self.prove(
                network: network, incumbent: tabu.best.schedule, lowerBound: bound,
                target: target(bound), exactDeadline: exactDeadline,
                beside: options.threads >= 2 ? tabu : nil, until: deadline,
                interruption: interruption)
            statistics.searchNodes = exact.nodes
            bound = max(bound, exact.bound)
            complete = exact.isComplete
            if let schedule = exact.schedule,
                let selection = MachineSequencing(graph: graph, schedule: schedule),
                selection.makespan < tabu.best.makespan
            {
                tabu.offer(selection)
                exactValue = selection.makespan
            }
            if !complete, options.threads < 2 {
                tabu.run(until: deadline, target: target(bound), stop: interruption)
            }
        }
        statistics.seconds = (clock.now - started).seconds

        // Not checked here: a wrong schedule must reach the caller's independent check
        // (`werk schedule` reports it as an internal error), not hand over silently.
        let best = tabu.best.schedule
        let value = problem.objectiveValue(of: best)
        statistics.foundBy =
            value == exactValue
            ? "branch-and-bound" : value < heuristic.bestValue ? "tabu-search" : "heuristic"
        return ScheduleResult(
            schedule: best, value: value, provenBound: bound, searchComplete: complete,
            statistics: statistics)
    }

    /// The constraint branch-and-bound from `incumbent` until `exactDeadline`; with a tabu
    /// search `beside`, both run concurrently until `deadline` and either stops the other
    /// once it closes the gap (the tabu search when it reaches `target`). Both stop early
    /// once `interruption` is raised.
    private static func prove(
        network: ProjectNetwork, incumbent: Schedule, lowerBound: Int, target: Int,
        exactDeadline: ContinuousClock.Instant, beside tabu: JobShopTabuSearch?,
        until deadline: ContinuousClock.Instant, interruption: StopSignal
    ) async -> BranchAndBoundResult {
        guard let tabu else {
            let search = ConstraintBranchAndBound(network: network)
            search.stopSignal = interruption
            return search.solve(incumbent: incumbent, lowerBound: lowerBound, until: exactDeadline)
        }
        let stop = StopSignal(request: { interruption.isRaised })
        let exact = Task.detached { () -> BranchAndBoundResult in
            let search = ConstraintBranchAndBound(network: network)
            search.stopSignal = stop
            let result = search.solve(incumbent: incumbent, lowerBound: lowerBound, until: deadline)
            stop.raise()
            return result
        }
        tabu.run(until: deadline, target: target, stop: stop)
        stop.raise()
        return await exact.value
    }
}
