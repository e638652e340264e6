import PartialOrderPlanning
import PlanningTask
import Testing

@testable import Pipeline

/// The check of partial-order plans that shares no code with the deorderer: linearisations
/// that run every unordered pair of steps both ways, replayed on the ground task.
@Suite struct LinearisationCheckTests {
    @Test func aDeorderedPlanPasses() async throws {
        let (planner, plan) = try PartialOrderingTests.plannedDepot()
        let pop = try await planner.partialOrder(of: plan, by: .deorder).plan
        #expect(planner.failedCheck(of: pop) == nil)
    }

    @Test func droppingTheOrderingsOfAPlanIsCaught() throws {
        let (planner, plan) = try PartialOrderingTests.plannedDepot()
        let unordered = PartialOrderPlan(steps: plan.operators, orderings: [])
        let failure = try #require(planner.failedCheck(of: unordered))
        #expect(
            failure.contains("is not applicable") || failure.contains("does not reach the goal"))
    }

    @Test func everyUnorderedPairRunsBothWays() throws {
        // 0 → 1 → 3, 2 unordered with 0 and 1, 4 unordered with everything.
        let orderings = [(0, 1), (1, 3), (2, 3)]
        var successors = [[Int]](repeating: [], count: 5)
        var predecessors = successors
        for (before, after) in orderings {
            successors[before].append(after)
            predecessors[after].append(before)
        }
        var seen: Set<[Int]> = []
        for step in 0..<5 {
            for early in [true, false] {
                let order = try #require(
                    LinearisationCheck.linearisation(
                        moving: step, early: early, successors: successors,
                        predecessors: predecessors))
                #expect(order.sorted() == Array(0..<5))
                let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
                for (before, after) in orderings { #expect(position[before]! < position[after]!) }
                for a in 0..<5 {
                    for b in 0..<5 where position[a]! < position[b]! { seen.insert([a, b]) }
                }
            }
        }
        let ordered: Set<[Int]> = [[0, 1], [1, 3], [2, 3], [0, 3]]
        for a in 0..<5 {
            for b in 0..<5 where a != b && !ordered.contains([a, b]) && !ordered.contains([b, a]) {
                #expect(seen.contains([a, b]) && seen.contains([b, a]), "\(a), \(b)")
            }
        }
    }

    @Test func aCycleIsReported() throws {
        let (planner, plan) = try PartialOrderingTests.plannedDepot()
        let cyclic = PartialOrderPlan(
            steps: Array(plan.operators.prefix(2)),
            orderings: [Ordering(before: 0, after: 1), Ordering(before: 1, after: 0)])
        #expect(planner.failedCheck(of: cyclic) == "the orderings have a cycle")
    }
}
