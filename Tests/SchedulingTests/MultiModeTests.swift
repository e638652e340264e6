import Foundation
import Testing

@testable import Scheduling

@Suite("Multi-mode preprocessing, heuristics and exact search")
struct MultiModeTests {
    private static let instances = [
        "mrcpsp/j10/j1010_2.mm", "mrcpsp/j10/j1030_1.mm", "mrcpsp/j10/j1037_7.mm",
        "mrcpsp/j10/j1052_9.mm", "mrcpsp/j10/j1061_7.mm",
    ]

    private static func publishedOptimum(_ problem: SchedulingProblem) throws -> Int? {
        try TestData.knownOptimum(problem.name, boundsFile: "mrcpsp/j10_bounds.csv")
    }

    @Test(
        "The exact search over the reduced modes proves the published optimum (j10)",
        .enabled(if: TestData.hasBenchmarks), arguments: instances)
    func exactSearchProvesOptimum(path: String) throws {
        let problem = try TestData.benchmark(path)
        let optimum = try #require(try Self.publishedOptimum(problem))
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
        "Mode reduction drops only non-executable and inefficient modes",
        .enabled(if: TestData.hasBenchmarks), arguments: instances)
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
        .enabled(if: TestData.hasBenchmarks), arguments: instances)
    func heuristicSchedulesValid(path: String) throws {
        let problem = try TestData.benchmark(path)
        let optimum = try #require(try Self.publishedOptimum(problem))
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
}
