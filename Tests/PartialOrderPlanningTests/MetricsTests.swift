import PartialOrderPlanning
import PlanningTask
import TestSupport
import Testing

@Suite("Metrics")
struct MetricsTests {
    /// A diamond 0 ≺ {1, 2, 3} ≺ 4 plus a free step 5.
    @Test func diamondWithFreeStep() throws {
        let steps = (0..<6).map { OperatorID($0) }
        let orderings = [1, 2, 3].flatMap {
            [Ordering(before: 0, after: $0), Ordering(before: $0, after: 4)]
        }
        let metrics = try PartialOrderMetrics(
            plan: PartialOrderPlan(steps: steps, orderings: orderings),
            durations: [1, 5, 2, 2, 1, 3])
        #expect(metrics.steps == 6)
        #expect(metrics.orderings == 6)
        #expect(metrics.orderedPairs == 7)
        #expect(metrics.width == 4)
        #expect(metrics.criticalPathSteps == 3)
        #expect(metrics.criticalPathDuration == 7)
        #expect(abs(metrics.flex - (1 - 7.0 / 15)) < 1e-12)
    }

    /// Layers: the longest chain of orderings before each step; an ordered pair is always in
    /// increasing layers, and a layer holds no ordered pair.
    @Test func layersFollowTheLongestChain() throws {
        let steps = (0..<6).map { OperatorID($0) }
        let orderings = [
            Ordering(before: 0, after: 1), Ordering(before: 1, after: 2),
            Ordering(before: 0, after: 2), Ordering(before: 3, after: 2),
            Ordering(before: 2, after: 4),
        ]
        let layers = try PartialOrderPlan(steps: steps, orderings: orderings).layers()
        #expect(layers == [0, 1, 2, 0, 3, 0])
        for ordering in orderings { #expect(layers[ordering.before] < layers[ordering.after]) }
        #expect(throws: PartialOrderPlanError.self) {
            try PartialOrderPlan(
                steps: steps, orderings: orderings + [Ordering(before: 4, after: 0)]
            )
            .layers()
        }
    }

    /// Width by matching agrees with brute force over all subsets on random orders.
    @Test func widthMatchesBruteForce() throws {
        var random = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let count = Int.random(in: 1...9, using: &random)
            var orderings: [Ordering] = []
            for before in 0..<count {
                for after in (before + 1)..<max(before + 1, count)
                where Int.random(in: 0..<4, using: &random) == 0 {
                    orderings.append(Ordering(before: before, after: after))
                }
            }
            let plan = PartialOrderPlan(
                steps: (0..<count).map { OperatorID($0) }, orderings: orderings)
            let metrics = try PartialOrderMetrics(plan: plan)
            var reach = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
            for ordering in orderings { reach[ordering.before][ordering.after] = true }
            for middle in 0..<count {
                for from in 0..<count where reach[from][middle] {
                    for to in 0..<count where reach[middle][to] { reach[from][to] = true }
                }
            }
            var best = 0
            for subset in 0..<(1 << count) {
                let members = (0..<count).filter { subset & (1 << $0) != 0 }
                let isAntichain = members.allSatisfy { a in
                    members.allSatisfy { b in !reach[a][b] }
                }
                if isAntichain { best = max(best, members.count) }
            }
            #expect(metrics.width == best)
        }
    }
}
