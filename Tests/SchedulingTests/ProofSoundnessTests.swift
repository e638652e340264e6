import Testing

@testable import Scheduling

/// Issue #19: `optimal` is claimed only with a proof, also where the exact searches cannot
/// branch completely (more than 12 conflicting activities at a node of the
/// delaying-alternatives search; more than 64 modes per activity in the constraint search).
@Suite("Optimality claims need a proof")
struct ProofSoundnessTests {
    /// `sizes.count` unit-time activities without precedences on one resource of
    /// `capacity`: every one is eligible at time 0, so they all conflict at the root.
    private func binPacking(_ sizes: [Int], capacity: Int) -> SchedulingProblem {
        SchedulingProblem(
            name: "bins",
            activities: sizes.enumerated().map { index, size in
                Activity(name: "a\(index)", modes: [Mode(duration: 1, demands: [size])])
            },
            resources: [Resource(name: "r", capacity: capacity)], precedences: [])
    }

    /// The least number of bins, by the exact subset recurrence over (bins, load of the last
    /// bin) (O(2^n·n)): with unit durations the optimal makespan.
    private func fewestBins(_ sizes: [Int], capacity: Int) -> Int {
        let count = sizes.count
        var best = [(bins: Int, load: Int)](
            repeating: (Int.max, Int.max), count: 1 << count)
        best[0] = (1, 0)
        for mask in 0..<(1 << count) where best[mask].bins != Int.max {
            for item in 0..<count where mask & (1 << item) == 0 {
                let (bins, load) = best[mask]
                let next =
                    load + sizes[item] <= capacity
                    ? (bins, load + sizes[item]) : (bins + 1, sizes[item])
                let target = mask | (1 << item)
                if next < best[target] { best[target] = next }
            }
        }
        return best[(1 << count) - 1].bins
    }

    /// Deterministic sizes in `3...7` (SplitMix64).
    private func sizes(count: Int, seed: UInt64) -> [Int] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in 3 + Int(random.next() % 5) }
    }

    @Test(
        "14 conflicting activities on a tight resource: the delaying-alternatives search stays exact",
        arguments: [1, 2, 3] as [UInt64])
    func delayingAlternativesBeyondTwelve(seed: UInt64) throws {
        let sizes = sizes(count: 14, seed: seed)
        let problem = binPacking(sizes, capacity: 10)
        let network = ProjectNetwork(problem)
        #expect(DelayingAlternativesBranchAndBound.applies(to: network))
        let search = DelayingAlternativesBranchAndBound(network: network)
        let result = search.solve(incumbent: nil, lowerBound: 0, until: .now + .seconds(60))
        // Few subsets fit under capacity 10 with sizes 3 to 7: all of them are enumerated.
        #expect(!search.prunedIncompletely)
        #expect(result.isComplete)
        #expect(result.value == fewestBins(sizes, capacity: 10))
    }

    @Test("Too many fitting subsets: the search falls back to greedy branching and claims no proof")
    func delayingAlternativesFallback() throws {
        // 30 unit activities of 1 unit on a capacity of 15: C(30, 15) maximal subsets fit.
        let problem = binPacking([Int](repeating: 1, count: 30), capacity: 15)
        let network = ProjectNetwork(problem)
        let search = DelayingAlternativesBranchAndBound(network: network)
        let result = search.solve(incumbent: nil, lowerBound: 0, until: .now + .seconds(60))
        #expect(search.prunedIncompletely)
        // The bound it was given (0) proves nothing, so the tree is not called complete.
        #expect(!result.isComplete)
        #expect(result.bound == 0)
        let value = try #require(result.value)
        #expect(value >= 2)
    }

    @Test(
        "The solver claims optimal on 14 conflicting activities only at the true optimum",
        arguments: [1, 2, 3, 4] as [UInt64])
    func solverClaimsNeedProofs(seed: UInt64) async throws {
        let sizes = sizes(count: 14, seed: seed)
        let problem = binPacking(sizes, capacity: 10)
        let optimum = fewestBins(sizes, capacity: 10)
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 5))
        let objective = try #require(result.objective)
        let bound = try #require(result.bound)
        #expect(objective >= optimum)
        #expect(bound <= optimum)
        if result.status == .optimal { #expect(objective == optimum) }
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
    }

    /// ``ConstraintBranchAndBound/settleFromBelow(incumbent:lowerBound:until:)`` on a
    /// single-mode `problem` from bound 1, its incumbent one activity after the other.
    private func climb(_ problem: SchedulingProblem, until deadline: ContinuousClock.Instant)
        -> BranchAndBoundResult
    {
        let count = problem.activities.count
        let sequential = Schedule(
            modes: [Int](repeating: 0, count: count), starts: Array(0..<count))
        let search = ConstraintBranchAndBound(network: ProjectNetwork(problem))
        return search.settleFromBelow(incumbent: sequential, lowerBound: 1, until: deadline)
    }

    @Test(
        "A climb from a weak bound ends at the optimum, with a schedule of that makespan",
        arguments: [1, 2, 3] as [UInt64])
    func climbReachesTheOptimum(seed: UInt64) throws {
        let sizes = sizes(count: 12, seed: seed)
        let problem = binPacking(sizes, capacity: 10)
        let result = climb(problem, until: .now + .seconds(60))
        let optimum = fewestBins(sizes, capacity: 10)
        #expect(result.isComplete)
        #expect(result.value == optimum)
        #expect(result.bound == optimum)
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        #expect(schedule.makespan(in: problem) == optimum)
    }

    @Test("A climb out of time proves nothing beyond the bound it started from")
    func climbOutOfTime() {
        let sizes = sizes(count: 12, seed: 1)
        let result = climb(binPacking(sizes, capacity: 10), until: .now)
        #expect(!result.isComplete)
        #expect(result.bound == 1)
        #expect(result.schedule?.starts == Array(sizes.indices))
        #expect(result.value == sizes.count)
    }

    /// Two activities on one resource of capacity 3, each with `modeCount` modes: every mode
    /// takes 10 with 1 unit except the last, which takes 4 with all 3 units. The optimum is 8
    /// (both last modes, in sequence); the energy bound is only 7.
    private func manyModes(_ modeCount: Int) -> SchedulingProblem {
        let modes = (0..<modeCount).map {
            $0 == modeCount - 1
                ? Mode(duration: 4, demands: [3]) : Mode(duration: 10, demands: [1])
        }
        return SchedulingProblem(
            name: "modes",
            activities: [Activity(name: "a", modes: modes), Activity(name: "b", modes: modes)],
            resources: [Resource(name: "r", capacity: 3)], precedences: [])
    }

    /// The optimal makespan of ``manyModes(_:)`` by enumerating every pair of modes.
    private func enumeratedOptimum(_ problem: SchedulingProblem) -> Int {
        let first = problem.activities[0].modes
        let second = problem.activities[1].modes
        var best = Int.max
        for one in first {
            for other in second {
                let together = one.demands[0] + other.demands[0] <= problem.resources[0].capacity
                let makespan =
                    together
                    ? max(one.duration, other.duration) : one.duration + other.duration
                best = min(best, makespan)
            }
        }
        return best
    }

    @Test("An activity with more than 64 modes is never proven infeasible or optimal unsearched")
    func modesBeyondTheBitSet() async throws {
        let problem = manyModes(70)
        let optimum = enumeratedOptimum(problem)
        #expect(optimum == 8)
        let network = ProjectNetwork(problem)
        #expect(!ConstraintBranchAndBound.supportsModes(of: network))
        let search = ConstraintBranchAndBound(network: network)
        let exact = search.solve(incumbent: nil, lowerBound: 0, until: .now + .seconds(10))
        // Not searched: neither a proof of infeasibility nor of optimality.
        #expect(!exact.isComplete)
        #expect(exact.schedule == nil)

        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 5))
        #expect(result.status != .infeasible)
        let objective = try #require(result.objective)
        let bound = try #require(result.bound)
        #expect(objective >= optimum)
        #expect(bound <= optimum)
        if result.status == .optimal { #expect(objective == optimum && bound == objective) }
    }

    @Test("At 64 modes the constraint search still proves the optimum")
    func sixtyFourModes() async throws {
        let problem = manyModes(64)
        let network = ProjectNetwork(problem)
        #expect(ConstraintBranchAndBound.supportsModes(of: network))
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 30))
        #expect(result.status == .optimal)
        #expect(result.objective == enumeratedOptimum(problem))
    }
}
