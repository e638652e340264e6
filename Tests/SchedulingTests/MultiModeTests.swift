import Foundation
import Testing

@testable import Scheduling

@Suite("Multi-mode preprocessing, heuristics and exact search")
struct MultiModeTests {
    private static let instances = [
        "mrcpsp/j10/j1010_2.mm", "mrcpsp/j10/j1030_1.mm", "mrcpsp/j10/j1037_7.mm",
        "mrcpsp/j10/j1052_9.mm", "mrcpsp/j10/j1061_7.mm",
    ]

    /// The published optimum, from the bounds file of the instance's set (`j1010_2` → j10).
    private static func publishedOptimum(_ problem: SchedulingProblem) throws -> Int {
        try TestData.knownOptimum(
            problem.name, boundsFile: "mrcpsp/\(problem.name.prefix(3))_bounds.csv")
    }

    @Test(
        "The exact search over the reduced modes proves the published optimum (j10; j20's j206_3 has tight budgets)",
        arguments: instances + ["mrcpsp/j20/j2022_2.mm", "mrcpsp/j20/j206_3.mm"])
    func exactSearchProvesOptimum(path: String) throws {
        let problem = try TestData.benchmark(path)
        let optimum = try Self.publishedOptimum(problem)
        let network = ProjectNetwork(problem)
        let search = ConstraintBranchAndBound(network: network)
        let result = search.solve(
            incumbent: nil, lowerBound: LowerBounds.makespan(network: network),
            until: .now + .seconds(120))
        #expect(result.isComplete)
        #expect(result.value == optimum)
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
    }

    @Test(
        "The destructive bound (propagation, energy, mode and window shaving) never passes the published optimum",
        // j2021_10 and j2029_4: redundant budgets and many clashing modes, where shaving
        // raises the bound most.
        arguments: instances + ["mrcpsp/j20/j2021_10.mm", "mrcpsp/j20/j2029_4.mm"])
    func destructiveBoundIsSound(path: String) throws {
        let problem = try TestData.benchmark(path)
        let optimum = try Self.publishedOptimum(problem)
        let network = ProjectNetwork(problem)
        let criticalPath = LowerBounds.makespan(network: network)
        // Shaving is asked to refute every makespan up to the optimum; it must stop there.
        let bound = ConstraintBranchAndBound(network: network).destructiveBound(
            incumbentValue: optimum + 1, lowerBound: criticalPath, until: .now + .seconds(120))
        #expect(bound >= criticalPath)
        #expect(bound <= optimum)
    }

    @Test(
        "Mode reduction drops only non-executable and inefficient modes", arguments: instances)
    func reductionDropsOnlyUselessModes(path: String) throws {
        let problem = try TestData.benchmark(path)
        let network = ProjectNetwork(problem)
        let reduction = ModeReduction(network: network)
        // Every mode dropped is above a capacity, over a budget even with the cheapest other
        // modes, or dominated by a kept mode of the same activity.
        let compared =
            network.renewable
            + network.nonRenewable.filter { !reduction.redundantBudgets.contains($0) }
        for activity in 0..<network.activityCount {
            #expect(!reduction.usableModes[activity].isEmpty)
            for mode in 0..<network.modeCount(activity)
            where !reduction.usableModes[activity].contains(mode) {
                let overCapacity = problem.resources.indices.contains { resource in
                    let othersLeast = (0..<network.activityCount).filter { $0 != activity }
                        .reduce(0) { total, other in
                            total
                                + (reduction.usableModes[other].map {
                                    network.demand(other, $0, resource)
                                }.min() ?? 0)
                        }
                    let own = network.demand(activity, mode, resource)
                    return network.renewable.contains(resource)
                        ? own > network.capacity[resource]
                        : othersLeast + own > network.capacity[resource]
                }
                let dominated = reduction.usableModes[activity].contains { kept in
                    network.duration(activity, kept) <= network.duration(activity, mode)
                        && compared.allSatisfy {
                            network.demand(activity, kept, $0) <= network.demand(activity, mode, $0)
                        }
                }
                #expect(overCapacity || dominated, "\(problem.name) activity \(activity)")
            }
        }
    }

    @Test(
        "Heuristic schedules respect every constraint and budget and stay above the optimum",
        arguments: instances)
    func heuristicSchedulesValid(path: String) throws {
        let problem = try TestData.benchmark(path)
        let optimum = try Self.publishedOptimum(problem)
        let heuristic = HeuristicScheduler(network: ProjectNetwork(problem))
        heuristic.run(passes: 300, until: .now + .seconds(60))
        let schedule = try #require(heuristic.best)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        for resource in problem.resources.indices
        where problem.resources[resource].kind == .nonRenewable {
            let used = schedule.modes.indices.reduce(0) {
                $0 + problem.activities[$1].modes[schedule.modes[$1]].demands[resource]
            }
            #expect(used <= problem.resources[resource].capacity)
        }
        #expect(problem.objectiveValue(of: schedule) >= optimum)
    }

    @Test(
        "Every pair of activities that clashes in some modes is watched by a disjunctive check",
        arguments: instances)
    func modeDependentPairsCoverEveryClash(path: String) throws {
        let problem = try TestData.benchmark(path)
        let network = ProjectNetwork(problem)
        let search = ConstraintBranchAndBound(network: network)
        let watched = Set(
            (search.disjunctivePairs + search.modeDependentPairs).map { [$0.0, $0.1] })
        let modeDependent = Set(search.modeDependentPairs.map { [$0.0, $0.1] })
        for first in 0..<network.activityCount {
            for second in (first + 1)..<network.activityCount {
                var clashes = 0
                var combinations = 0
                for firstMode in 0..<network.modeCount(first) {
                    for secondMode in 0..<network.modeCount(second) {
                        combinations += 1
                        let clash = network.renewable.contains {
                            network.demand(first, firstMode, $0)
                                + network.demand(second, secondMode, $0) > network.capacity[$0]
                        }
                        if clash { clashes += 1 }
                    }
                }
                if clashes > 0 { #expect(watched.contains([first, second])) }
                if modeDependent.contains([first, second]) {
                    #expect(clashes > 0 && clashes < combinations)
                }
            }
        }
    }

    @Test(
        "Propagation and shaving at the optimum keep the optimal schedule and its modes; cached least demands match",
        arguments: instances)
    func propagationKeepsOptimalSchedule(path: String) throws {
        let problem = try TestData.benchmark(path)
        let optimum = try Self.publishedOptimum(problem)
        let network = ProjectNetwork(problem)
        let solved = ConstraintBranchAndBound(network: network).solve(
            incumbent: nil, lowerBound: 0, until: .now + .seconds(120))
        let schedule = try #require(solved.schedule)
        #expect(problem.objectiveValue(of: schedule) == optimum)

        let search = ConstraintBranchAndBound(network: network)
        func rootState(modes: (Int) -> UInt64) -> SearchState {
            Self.state(of: search, deadline: optimum, modes: modes)
        }
        var fixed = rootState { 1 << UInt64(schedule.modes[$0]) }
        #expect(search.propagate(&fixed))
        for activity in 0..<network.activityCount {
            #expect(fixed.earliestStart[activity] <= schedule.starts[activity])
            #expect(
                schedule.starts[activity] + network.duration(activity, schedule.modes[activity])
                    <= fixed.latestCompletion[activity])
        }

        var open = rootState { (UInt64(1) << UInt64(network.modeCount($0))) - 1 }
        #expect(search.propagate(&open))
        for activity in 0..<network.activityCount {
            #expect(open.modeMask[activity] & (1 << UInt64(schedule.modes[activity])) != 0)
            for resource in 0..<network.resourceCount {
                let least = ModeBits(open.modeMask[activity]).map {
                    network.demand(activity, $0, resource)
                }.min()
                #expect(search.leastDemand(open, activity, resource) == least)
            }
        }

        search.deadline = .now + .seconds(120)
        #expect(search.shaveModes(&open) && search.shaveWindows(&open))
        for activity in 0..<network.activityCount {
            let mode = schedule.modes[activity]
            #expect(open.modeMask[activity] & (1 << UInt64(mode)) != 0)
            #expect(open.earliestStart[activity] <= schedule.starts[activity])
            #expect(
                schedule.starts[activity] + network.duration(activity, mode)
                    <= open.latestCompletion[activity])
        }
    }

    @Test(
        "The pairwise budget test keeps exactly the modes of some budget-feasible assignment")
    func budgetPairsKeepExactlyFeasibleModes() throws {
        let problem = try TestData.benchmark("mrcpsp/j10/j102_10.mm")
        let network = ProjectNetwork(problem)
        let search = ConstraintBranchAndBound(network: network)
        let reduction = try #require(search.modeReduction)
        #expect(!search.budgetPairs.isEmpty)
        var state = Self.state(of: search, deadline: search.horizon) {
            reduction.usableMask[$0]
        }
        var changed = false
        #expect(search.filterModesByBudgetPairs(&state, changed: &changed))
        #expect(changed)

        // Brute force: every assignment of the modes the reduction keeps, against every budget.
        let count = network.activityCount
        var supported = [UInt64](repeating: 0, count: count)
        var assignment = [Int](repeating: 0, count: count)
        func enumerate(_ activity: Int) {
            guard activity < count else {
                let withinBudgets = network.nonRenewable.allSatisfy { resource in
                    (0..<count).reduce(0) {
                        $0 + network.demand($1, assignment[$1], resource)
                    } <= network.capacity[resource]
                }
                if withinBudgets {
                    for other in 0..<count { supported[other] |= 1 << UInt64(assignment[other]) }
                }
                return
            }
            for mode in reduction.usableModes[activity] {
                assignment[activity] = mode
                enumerate(activity + 1)
            }
        }
        enumerate(0)
        #expect(state.modeMask == supported)
    }

    /// The root domains of `search` with every window `[0, deadline)` and the given modes.
    private static func state(
        of search: ConstraintBranchAndBound, deadline: Int, modes: (Int) -> UInt64
    ) -> SearchState {
        let network = search.network
        let count = network.activityCount
        var state = SearchState(
            earliestStart: [Int](repeating: 0, count: count),
            latestCompletion: [Int](repeating: deadline, count: count),
            modeMask: (0..<count).map(modes),
            shortest: [Int](repeating: 0, count: count),
            longest: [Int](repeating: 0, count: count),
            leastDemand: [Int](repeating: 0, count: count * network.resourceCount),
            isFixed: [Bool](repeating: false, count: count),
            isPostponed: [Bool](repeating: false, count: count),
            postponedAt: [Int](repeating: 0, count: count))
        for activity in 0..<count { search.refreshModeBounds(&state, activity) }
        return state
    }
}
