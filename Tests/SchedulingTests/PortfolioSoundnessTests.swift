import Testing

@testable import Scheduling

/// Issue #19: the parallel portfolio (``ScheduleSolverOptions/threads`` of 2 or more) and the
/// ``SharedIncumbent`` its searches prune with claim optima only where exhaustive enumeration
/// agrees.
@Suite("The parallel portfolio's claims need a proof")
struct PortfolioSoundnessTests {
    /// A random project of `count` activities (precedences only forward in index order), two
    /// renewable resources of capacity 4 and, with `modes` above 1, a budget that rules out
    /// taking the fast mode everywhere.
    private func project(count: Int, modes: Int, seed: UInt64) -> SchedulingProblem {
        var random = SplitMix64(seed: seed)
        func draw(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(random.next() % UInt64(range.count))
        }
        var resources = [
            Resource(name: "r", capacity: 4), Resource(name: "s", capacity: 4),
        ]
        if modes > 1 { resources.append(Resource(name: "b", kind: .nonRenewable, capacity: count)) }
        let activities = (0..<count).map { index in
            Activity(
                name: "a\(index)",
                modes: (0..<modes).map { mode in
                    // Faster modes need more of each resource and of the budget.
                    var demands = [draw(1...3) + (mode == 0 ? 1 : 0), draw(0...3)]
                    if modes > 1 { demands.append(modes - mode) }
                    return Mode(duration: draw(1...4) + 2 * mode, demands: demands)
                })
        }
        var precedences: [Precedence] = []
        for successor in 0..<count {
            for predecessor in 0..<successor where random.next() % 4 == 0 {
                precedences.append(Precedence(predecessor: predecessor, successor: successor))
            }
        }
        return SchedulingProblem(
            name: "p\(seed)", activities: activities, resources: resources,
            precedences: precedences)
    }

    /// The optimal makespan and a schedule attaining it, by the serial schedule-generation
    /// scheme over every precedence-feasible activity list and every mode assignment within
    /// the budgets: for a regular objective without lags some such list yields an optimal
    /// (active) schedule (Kolisch 1996).
    private func enumeratedOptimum(_ problem: SchedulingProblem) -> (Int, Schedule)? {
        let count = problem.activities.count
        let horizon = problem.activities.reduce(0) { $0 + ($1.modes.map(\.duration).max() ?? 0) }
        let renewable = problem.resources.indices.filter {
            problem.resources[$0].kind == .renewable
        }
        let budgets = problem.resources.indices.filter {
            problem.resources[$0].kind == .nonRenewable
        }
        var load = [[Int]](
            repeating: [Int](repeating: 0, count: horizon + 1), count: renewable.count)
        var spent = [Int](repeating: 0, count: budgets.count)
        var starts = [Int](repeating: -1, count: count)
        var modes = [Int](repeating: 0, count: count)
        var best: (Int, Schedule)?
        func extend(placed: Int, makespan: Int) {
            if makespan >= (best?.0 ?? Int.max) { return }
            if placed == count {
                best = (makespan, Schedule(modes: modes, starts: starts))
                return
            }
            for activity in 0..<count where starts[activity] < 0 {
                let predecessors = problem.precedences.filter { $0.successor == activity }
                guard predecessors.allSatisfy({ starts[$0.predecessor] >= 0 }) else { continue }
                let ready =
                    predecessors.map {
                        starts[$0.predecessor]
                            + problem.activities[$0.predecessor].modes[modes[$0.predecessor]]
                            .duration
                    }.max() ?? 0
                for (index, mode) in problem.activities[activity].modes.enumerated() {
                    let affordable = budgets.indices.allSatisfy {
                        spent[$0] + mode.demands[budgets[$0]]
                            <= problem.resources[budgets[$0]].capacity
                    }
                    guard affordable else { continue }
                    var start = ready
                    while (start..<(start + mode.duration)).contains(where: { time in
                        renewable.indices.contains {
                            load[$0][time] + mode.demands[renewable[$0]]
                                > problem.resources[renewable[$0]].capacity
                        }
                    }) {
                        start += 1
                    }
                    func book(_ sign: Int) {
                        for slot in renewable.indices {
                            for time in start..<(start + mode.duration) {
                                load[slot][time] += sign * mode.demands[renewable[slot]]
                            }
                        }
                        for slot in budgets.indices {
                            spent[slot] += sign * mode.demands[budgets[slot]]
                        }
                    }
                    book(1)
                    starts[activity] = start
                    modes[activity] = index
                    extend(placed: placed + 1, makespan: max(makespan, start + mode.duration))
                    starts[activity] = -1
                    modes[activity] = 0
                    book(-1)
                }
            }
        }
        extend(placed: 0, makespan: 0)
        return best
    }

    @Test(
        "Four threads claim the optimum that enumeration finds (single and two modes)",
        arguments: [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2), (6, 2)] as [(UInt64, Int)])
    func portfolioMatchesEnumeration(seed: UInt64, modes: Int) async throws {
        let problem = project(count: modes == 1 ? 8 : 6, modes: modes, seed: seed)
        let (optimum, _) = try #require(enumeratedOptimum(problem))
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 60, threads: 4))
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        #expect(result.status == .optimal)
        #expect(result.objective == optimum)
        #expect(try #require(result.bound) <= optimum)
    }

    /// The two exact searches that prune with a ``SharedIncumbent``.
    enum ExactSearch: CaseIterable, Sendable {
        case constraint, delayingAlternatives

        /// Runs the search on `network`, pruning with `shared`, for up to a minute.
        func solve(_ network: ProjectNetwork, sharing shared: SharedIncumbent)
            -> BranchAndBoundResult
        {
            let deadline = ContinuousClock.now + .seconds(60)
            switch self {
            case .constraint:
                let search = ConstraintBranchAndBound(network: network)
                search.shared = shared
                return search.solve(incumbent: nil, lowerBound: 0, until: deadline)
            case .delayingAlternatives:
                let search = DelayingAlternativesBranchAndBound(network: network)
                search.shared = shared
                return search.solve(incumbent: nil, lowerBound: 0, until: deadline)
            }
        }
    }

    @Test(
        "Each exact search proves the enumerated optimum while pruning with a shared incumbent",
        arguments: [1, 2, 3] as [UInt64], ExactSearch.allCases)
    func searchWithSharedIncumbent(seed: UInt64, search: ExactSearch) throws {
        let problem = project(count: 8, modes: 1, seed: seed)
        let (optimum, optimal) = try #require(enumeratedOptimum(problem))
        let network = ProjectNetwork(problem)
        #expect(DelayingAlternativesBranchAndBound.applies(to: network))
        // Seeded with the optimum itself: the search only has to refute better ones.
        // Seeded with a poor schedule (one activity after the other): it must improve on it.
        var serial: [Int] = []
        var time = 0
        for activity in problem.activities {
            serial.append(time); time += activity.modes[0].duration
        }
        let poor = Schedule(
            modes: [Int](repeating: 0, count: problem.activities.count), starts: serial)
        for seedSchedule in [optimal, poor] {
            let shared = SharedIncumbent(problem: problem)
            shared.offer(seedSchedule)
            let result = search.solve(network, sharing: shared)
            #expect(result.isComplete)
            #expect(result.value == optimum)
            #expect(result.bound == optimum)
            #expect(shared.value == optimum)
            let schedule = try #require(result.schedule)
            #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        }
    }

    @Test("The shared incumbent keeps only valid schedules, and only better ones")
    func sharedIncumbentKeepsValidImprovements() throws {
        let problem = project(count: 8, modes: 1, seed: 1)
        let (optimum, optimal) = try #require(enumeratedOptimum(problem))
        let shared = SharedIncumbent(problem: problem)
        // Everything at time 0 overloads the resources: rejected however short it is.
        let overloaded = Schedule(
            modes: [Int](repeating: 0, count: problem.activities.count),
            starts: [Int](repeating: 0, count: problem.activities.count))
        shared.offer(overloaded)
        #expect(shared.value == Int.max)
        #expect(shared.best == nil)
        shared.offer(optimal)
        #expect(shared.value == optimum)
        var later = optimal
        later.starts = later.starts.map { $0 + 1 }
        shared.offer(later)
        #expect(shared.best?.schedule == optimal)
    }

    @Test("The line-up: a sampler second above 40 activities, GLPK second below, seeds distinct")
    func lineUp() {
        let small = ProjectNetwork(project(count: 8, modes: 1, seed: 1))
        let large = ProjectNetwork(project(count: 41, modes: 1, seed: 1))
        #expect(
            PortfolioMember.lineUp(threads: 2, network: small, hasMILP: true, seed: 1) == [
                .exact, .milp,
            ])
        #expect(
            PortfolioMember.lineUp(threads: 2, network: large, hasMILP: true, seed: 1) == [
                .exact, .sampler(seed: 8),
            ])
        #expect(
            PortfolioMember.lineUp(threads: 5, network: small, hasMILP: true, seed: 1) == [
                .exact, .milp, .constraintSearch, .sampler(seed: 8), .sampler(seed: 15),
            ])
        #expect(
            PortfolioMember.lineUp(threads: 4, network: large, hasMILP: false, seed: 1) == [
                .exact, .sampler(seed: 8), .constraintSearch, .sampler(seed: 15),
            ])
    }

    @Test("One thread is deterministic: the same schedule and node count twice")
    func oneThreadIsDeterministic() async throws {
        let problem = project(count: 6, modes: 2, seed: 4)
        let options = ScheduleSolverOptions(timeLimit: 60, threads: 1)
        let first = await ScheduleSolver().solve(problem, options: options)
        let second = await ScheduleSolver().solve(problem, options: options)
        #expect(first.status == .optimal)
        #expect(first.schedule == second.schedule)
        #expect(first.statistics.searchNodes == second.statistics.searchNodes)
    }
}
