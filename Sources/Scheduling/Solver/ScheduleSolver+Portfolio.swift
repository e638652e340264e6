/// What the searches of ``ScheduleSolver``'s portfolio established together.
struct PortfolioOutcome: Sendable {
    var exact: BranchAndBoundResult
    var heuristicBest: Schedule?
    var heuristicSchedules = 0
    var milpBest: Schedule?
    var milpBound: Int?
}

/// One search of the parallel portfolio, each on a thread of its own.
enum PortfolioMember: Sendable, Equatable {
    /// The default exact search (delaying alternatives or constraint propagation).
    case exact
    /// The constraint-propagation branch-and-bound beside the delaying-alternatives search on
    /// plain RCPSP: a second complete search with other propagation and branching.
    case constraintSearch
    /// GLPK's branch-and-cut on the time-indexed model, warm-started with the incumbent;
    /// heuristic sampling instead where the model is too large.
    case milp
    /// Randomised sampling and iterated justification (``HeuristicScheduler``) from a seed.
    case sampler(seed: UInt64)

    /// The members for `threads` threads: the exact search; a sampler second above 40
    /// activities (as one thread gives them half its time); the MILP solver (when there is one
    /// and the objective is the makespan); the constraint search where the exact search is the
    /// delaying-alternatives one; then samplers with distinct seeds.
    ///
    /// Measured with 2 threads on 12 j60/j120 instances (notes.md): beside the exact search
    /// GLPK found nothing in 10 s, and without the sampler 11 of the 12 makespans were 1–4
    /// worse than with one thread.
    static func lineUp(
        threads: Int, network: ProjectNetwork, hasMILP: Bool, seed: UInt64
    ) -> [PortfolioMember] {
        var members: [PortfolioMember] = [.exact]
        var next: UInt64 = 1
        if ScheduleSolver.isLarge(network) {
            members.append(.sampler(seed: seed &+ 7))
            next += 1
        }
        if hasMILP, network.problem.objective == .makespan { members.append(.milp) }
        if DelayingAlternativesBranchAndBound.applies(to: network) {
            members.append(.constraintSearch)
        }
        while members.count < threads {
            members.append(.sampler(seed: seed &+ 7 &* next))
            next += 1
        }
        return Array(members.prefix(max(2, threads)))
    }
}

extension ScheduleSolver {
    /// The portfolio for 2 or more threads (see ``PortfolioMember/lineUp(threads:network:hasMILP:seed:)``):
    /// every member runs until the deadline, until one exact search exhausts its tree or the
    /// MILP solver proves its optimum, or until the caller's stop request. All of them prune
    /// with and report to one ``SharedIncumbent``, so an exhausted tree proves that nothing
    /// beats the best schedule any of them found.
    static func parallelPortfolio(
        network: ProjectNetwork, incumbent: Schedule?, lowerBound: Int,
        deadline: ContinuousClock.Instant, options: ScheduleSolverOptions
    ) async -> PortfolioOutcome {
        let stop = StopSignal(request: options.stopRequested)
        let shared = SharedIncumbent(problem: network.problem)
        if let incumbent { shared.offer(incumbent) }
        let members = PortfolioMember.lineUp(
            threads: options.threads, network: network, hasMILP: options.milpSolver != nil,
            seed: options.seed)
        var outcome = PortfolioOutcome(
            exact: BranchAndBoundResult(
                schedule: nil, value: nil, bound: lowerBound, isComplete: false, nodes: 0))
        await withTaskGroup(of: PortfolioOutcome.self) { group in
            for member in members {
                group.addTask {
                    await run(
                        member, network: network, incumbent: incumbent, lowerBound: lowerBound,
                        deadline: deadline, options: options, stop: stop, shared: shared)
                }
            }
            for await part in group {
                outcome.merge(part)
                // A finished exact search stops the others.
                if part.exact.isComplete { stop.raise() }
            }
        }
        // Every member reports to the shared incumbent, which holds the best of them all.
        outcome.heuristicBest = shared.best?.schedule
        return outcome
    }

    /// Runs one member until the deadline or `stop`.
    private static func run(
        _ member: PortfolioMember, network: ProjectNetwork, incumbent: Schedule?,
        lowerBound: Int, deadline: ContinuousClock.Instant, options: ScheduleSolverOptions,
        stop: StopSignal, shared: SharedIncumbent
    ) async -> PortfolioOutcome {
        var outcome = PortfolioOutcome(
            exact: BranchAndBoundResult(
                schedule: nil, value: nil, bound: lowerBound, isComplete: false, nodes: 0))
        switch member {
        case .exact:
            outcome.exact = await SearchThread.run {
                exactSearch(
                    network: network, incumbent: incumbent, lowerBound: lowerBound,
                    until: deadline, stop: stop, shared: shared)
            }
        case .constraintSearch:
            outcome.exact = await SearchThread.run {
                let search = ConstraintBranchAndBound(network: network)
                search.stopSignal = stop
                search.shared = shared
                return search.solve(incumbent: incumbent, lowerBound: lowerBound, until: deadline)
            }
        case .milp:
            if let milp = options.milpSolver, let incumbent {
                let formulation = TimeIndexedFormulation(
                    problem: network.problem, horizon: incumbent.makespan(in: network.problem))
                if let solved = await milpSearch(
                    formulation, incumbent: incumbent, solver: milp, until: deadline, stop: stop)
                {
                    outcome.milpBest = solved.schedule
                    outcome.milpBound = solved.bound
                    if let schedule = solved.schedule { shared.offer(schedule) }
                    if solved.proven { stop.raise() }
                    return outcome
                }
            }
            return await run(
                .sampler(seed: options.seed &+ 7), network: network, incumbent: incumbent,
                lowerBound: lowerBound, deadline: deadline, options: options, stop: stop,
                shared: shared)
        case .sampler(let seed):
            outcome.heuristicSchedules = await SearchThread.run {
                sample(network: network, seed: seed, until: deadline, stop: stop, shared: shared)
            }
        }
        return outcome
    }

    /// Heuristic sampling in slices of a quarter second; between slices the sampler takes the
    /// portfolio's best schedule when that is better and hands on its own.
    private static func sample(
        network: ProjectNetwork, seed: UInt64, until deadline: ContinuousClock.Instant,
        stop: StopSignal, shared: SharedIncumbent
    ) -> Int {
        let sampler = HeuristicScheduler(network: network, seed: seed)
        sampler.stopSignal = stop
        while ContinuousClock.now < deadline, !stop.isRaised {
            if let (schedule, value) = shared.best, value < sampler.bestValue {
                sampler.offer(schedule)
            }
            let slice = min(deadline, .now + .milliseconds(250))
            if sampler.best == nil {
                sampler.run(passes: 50, until: slice)
            } else {
                sampler.improve(until: slice)
            }
            if let best = sampler.best { shared.offer(best) }
        }
        return sampler.schedulesBuilt
    }
}

extension PortfolioOutcome {
    /// Adds what one member established: a proof from any exact search, the better exact
    /// schedule, the larger bounds, the counts.
    mutating func merge(_ part: PortfolioOutcome) {
        if let value = part.exact.value, value < exact.value ?? Int.max {
            exact.schedule = part.exact.schedule
            exact.value = value
        }
        exact.bound = max(exact.bound, part.exact.bound)
        exact.isComplete = exact.isComplete || part.exact.isComplete
        exact.nodes += part.exact.nodes
        heuristicSchedules += part.heuristicSchedules
        if let schedule = part.milpBest { milpBest = schedule }
        if let bound = part.milpBound { milpBound = max(milpBound ?? bound, bound) }
    }
}
