import Testing

@testable import Scheduling

/// Issue #19: the lazy clause generation search (``ClauseLearningSearch``) refutes only
/// makespans that have no schedule and finds schedules that pass the independent check;
/// learned nogoods must never cut off a schedule.
@Suite("Lazy clause generation")
struct ClauseLearningTests {
    /// A random single-mode project: `count` activities of durations 1–6 on two resources of
    /// capacity 4 and 5 with demands 0–4, and forward precedences (some with minimum lags).
    private func project(count: Int, seed: UInt64) -> SchedulingProblem {
        var random = SplitMix64(seed: seed)
        func draw(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(random.next() % UInt64(range.count))
        }
        let activities = (0..<count).map { index in
            Activity(
                name: "a\(index)",
                modes: [Mode(duration: draw(1...6), demands: [draw(0...4), draw(0...4)])])
        }
        var precedences: [Precedence] = []
        for successor in 1..<count {
            for predecessor in 0..<successor where draw(0...5) == 0 {
                precedences.append(
                    Precedence(
                        predecessor: predecessor, successor: successor, minimumLag: draw(0...2)))
            }
        }
        return SchedulingProblem(
            name: "random\(seed)", activities: activities,
            resources: [Resource(name: "r1", capacity: 4), Resource(name: "r2", capacity: 5)],
            precedences: precedences)
    }

    /// The optimal makespan by exhaustion: the serial schedule-generation scheme over every
    /// order of the activities compatible with the precedences (for a regular objective some
    /// such order yields an optimal schedule; Kolisch 1996).
    private func exhaustiveOptimum(_ problem: SchedulingProblem) -> Int {
        let count = problem.activities.count
        let duration = problem.activities.map { $0.modes[0].duration }
        let demand = problem.activities.map { $0.modes[0].demands }
        let capacity = problem.resources.map(\.capacity)
        let horizon = duration.reduce(0, +) + 2 * problem.precedences.count + 1
        var best = Int.max
        var starts = [Int](repeating: 0, count: count)
        var placed = [Bool](repeating: false, count: count)
        var usage = [[Int]](repeating: [Int](repeating: 0, count: horizon), count: capacity.count)
        func extend(_ depth: Int, _ makespan: Int) {
            if makespan >= best { return }
            if depth == count {
                best = makespan
                return
            }
            for activity in 0..<count where !placed[activity] {
                let incoming = problem.precedences.filter { $0.successor == activity }
                guard incoming.allSatisfy({ placed[$0.predecessor] }) else { continue }
                var start =
                    incoming.map {
                        starts[$0.predecessor] + duration[$0.predecessor] + $0.minimumLag
                    }.max() ?? 0
                while (start..<(start + duration[activity])).contains(where: { time in
                    capacity.indices.contains {
                        usage[$0][time] + demand[activity][$0] > capacity[$0]
                    }
                }) {
                    start += 1
                }
                starts[activity] = start
                placed[activity] = true
                for time in start..<(start + duration[activity]) {
                    for resource in capacity.indices {
                        usage[resource][time] += demand[activity][resource]
                    }
                }
                extend(depth + 1, max(makespan, start + duration[activity]))
                for time in start..<(start + duration[activity]) {
                    for resource in capacity.indices {
                        usage[resource][time] -= demand[activity][resource]
                    }
                }
                placed[activity] = false
            }
        }
        extend(0, 0)
        return best
    }

    /// The probe for makespan `makespan` from the plain root windows.
    private func probe(_ problem: SchedulingProblem, makespan: Int) throws -> ClauseLearningSearch {
        let network = ProjectNetwork(problem)
        let root = try #require(ConstraintBranchAndBound(network: network).rootState())
        return try #require(
            ClauseLearningSearch(
                network: network, makespan: makespan,
                windows: (root.earliestStart, root.latestCompletion)))
    }

    /// Whether `problem` has a schedule of makespan at most `makespan`, by one probe.
    private func decide(
        _ problem: SchedulingProblem, makespan: Int,
        until deadline: ContinuousClock.Instant = .now + .seconds(60)
    ) throws -> ClauseLearningSearch.Outcome {
        var search = try probe(problem, makespan: makespan)
        return search.solve(until: deadline)
    }

    @Test(
        "On random projects the optimum is proven, guided or not, and one less refuted",
        arguments: Array(1...40) as [UInt64])
    func matchesExhaustiveOptimum(seed: UInt64) throws {
        let problem = project(count: 8, seed: seed)
        let optimum = exhaustiveOptimum(problem)
        var search = try probe(problem, makespan: optimum + 6)
        let descent = search.minimize(until: .now + .seconds(60))
        #expect(descent.isComplete)
        let schedule = try #require(descent.best)
        #expect(schedule.makespan(in: problem) == optimum)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)

        // Guided by a serial schedule's starts (the solver's descent), the same optimum.
        let network = ProjectNetwork(problem)
        let serial = HeuristicScheduler(network: network)
        serial.run(passes: 1, until: .now + .seconds(30))
        let start = try #require(serial.best)
        let guided = try #require(
            ConstraintBranchAndBound(network: network).descendWithLearning(
                incumbent: start, lowerBound: 0, until: .now + .seconds(60)))
        #expect(guided.isComplete)
        #expect(guided.value == optimum)
        let guidedSchedule = try #require(guided.schedule)
        #expect(ScheduleValidator.violations(of: guidedSchedule, in: problem).isEmpty)

        let belowOptimum = try decide(problem, makespan: optimum - 1)
        guard case .refuted = belowOptimum else {
            Issue.record("makespan \(optimum - 1) not refuted: \(belowOptimum)")
            return
        }
        guard
            case .schedule(let found) = try decide(problem, makespan: optimum)
        else {
            Issue.record("no schedule of makespan \(optimum) found")
            return
        }
        #expect(found.makespan(in: problem) <= optimum)
        #expect(ScheduleValidator.violations(of: found, in: problem).isEmpty)
    }

    @Test("PSPLIB j6046_8: the descent from a serial schedule proves the published optimum")
    func provesPublishedOptimum() throws {
        let problem = try TestData.benchmark("rcpsp/j60/j6046_8.sm")
        let optimum = try TestData.knownOptimum("j6046_8", boundsFile: "rcpsp/j60_bounds.csv")
        let heuristic = HeuristicScheduler(network: ProjectNetwork(problem))
        heuristic.run(passes: 1, until: .now + .seconds(30))
        let incumbent = try #require(heuristic.best)
        let search = ConstraintBranchAndBound(network: ProjectNetwork(problem))
        let result = try #require(
            search.descendWithLearning(
                incumbent: incumbent, lowerBound: 0, until: .now + .seconds(120)))
        #expect(result.isComplete)
        #expect(result.value == optimum)
        #expect(result.bound == optimum)
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
    }

    @Test("The descent tells a portfolio's shared incumbent of the optimum it proves")
    func descentSharesItsSchedules() throws {
        let problem = project(count: 8, seed: 7)
        let optimum = exhaustiveOptimum(problem)
        let count = problem.activities.count
        let network = ProjectNetwork(problem)
        let serial = HeuristicScheduler(network: network)
        serial.run(passes: 1, until: .now + .seconds(30))
        let incumbent = try #require(serial.best)
        let shared = SharedIncumbent(problem: problem)
        let search = ConstraintBranchAndBound(network: network)
        search.shared = shared
        let result = try #require(
            search.descendWithLearning(
                incumbent: incumbent, lowerBound: 0, until: .now + .seconds(60)))
        // The one-pass serial schedule is not optimal here, so the optimum is the descent's.
        try #require(problem.objectiveValue(of: incumbent) > optimum)
        #expect(result.isComplete)
        #expect(result.value == optimum)
        let (schedule, value) = try #require(shared.best)
        #expect(value == optimum)
        #expect(schedule.starts.count == count)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
    }

    @Test("The descent starts from the sampler's best, or from the portfolio's when better")
    func descentStartsFromTheBestKnown() throws {
        let problem = try TestData.benchmark("rcpsp/j60/j6046_8.sm")
        let optimum = try TestData.knownOptimum("j6046_8", boundsFile: "rcpsp/j60_bounds.csv")
        let network = ProjectNetwork(problem)
        let serial = HeuristicScheduler(network: network)
        serial.run(passes: 1, until: .now + .seconds(30))
        let incumbent = try #require(serial.best)
        let incumbentValue = problem.objectiveValue(of: incumbent)

        let sampled = ScheduleSolver.descentStart(
            from: incumbent, network: network, sampler: HeuristicScheduler(network: network),
            shared: nil, until: .now + .milliseconds(300))
        #expect(ScheduleValidator.violations(of: sampled, in: problem).isEmpty)
        #expect(problem.objectiveValue(of: sampled) <= incumbentValue)
        #expect(problem.objectiveValue(of: sampled) >= optimum)

        let proven = try #require(
            ConstraintBranchAndBound(network: network).descendWithLearning(
                incumbent: incumbent, lowerBound: 0, until: .now + .seconds(120)))
        let optimal = try #require(proven.schedule)
        try #require(problem.objectiveValue(of: optimal) == optimum)
        try #require(incumbentValue > optimum)
        let better = SharedIncumbent(problem: problem)
        better.offer(optimal)
        let fromShared = ScheduleSolver.descentStart(
            from: incumbent, network: network, sampler: nil, shared: better, until: .now)
        #expect(problem.objectiveValue(of: fromShared) == optimum)
        let worse = SharedIncumbent(problem: problem)
        worse.offer(incumbent)
        let kept = ScheduleSolver.descentStart(
            from: optimal, network: network, sampler: nil, shared: worse, until: .now)
        #expect(kept.starts == optimal.starts)
    }

    @Test("Out of time, the search decides nothing")
    func outOfTime() throws {
        let problem = try TestData.benchmark("rcpsp/j60/j6046_8.sm")
        guard case .undecided = try decide(problem, makespan: 74, until: .now - .seconds(1))
        else {
            Issue.record("decided without time")
            return
        }
    }

    @Test("The Luby sequence starts 1 1 2 1 1 2 4 1 1 2 1 1 2 4 8")
    func luby() {
        #expect(
            (1...15).map(ClauseLearningSearch.luby) == [
                1, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 1, 2, 4, 8,
            ])
    }
}
