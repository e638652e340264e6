import PartialOrderPlanning
import PlanningTask
import TestSupport

/// Enumeration and sampling of linearisations, the brute-force ground truth for tests.
enum Linearisations {
    /// Every linearisation of `plan` (small plans only).
    static func all(of plan: PartialOrderPlan) -> [[Int]] {
        var result: [[Int]] = []
        LinearExtensions.forEach(
            count: plan.stepCount, orderings: plan.orderings.lazy.map { ($0.before, $0.after) }
        ) { result.append($0) }
        return result
    }

    /// A random linearisation of `plan`: repeatedly a random step whose predecessors are placed.
    static func random(
        of plan: PartialOrderPlan, using random: inout some RandomNumberGenerator
    ) -> [Int] {
        let count = plan.stepCount
        var remaining = [Int](repeating: 0, count: count)
        var successors = [[Int]](repeating: [], count: count)
        for ordering in plan.orderings {
            remaining[ordering.after] += 1
            successors[ordering.before].append(ordering.after)
        }
        var ready = (0..<count).filter { remaining[$0] == 0 }
        var result: [Int] = []
        while !ready.isEmpty {
            let step = ready.remove(at: Int.random(in: 0..<ready.count, using: &random))
            result.append(step)
            for next in successors[step] {
                remaining[next] -= 1
                if remaining[next] == 0 { ready.append(next) }
            }
        }
        return result
    }

    /// Whether executing the steps in `order` is a valid plan of `generator`'s task.
    static func isValid(
        _ order: [Int], of plan: PartialOrderPlan, with generator: SuccessorGenerator
    ) -> Bool {
        generator.check(SequentialPlan(operators: order.map { plan.steps[$0] })) == .valid
    }

    /// Whether some ordering of `plan` follows from the others.
    static func hasImpliedOrdering(_ plan: PartialOrderPlan) -> Bool {
        let edges = Set(plan.orderings)
        var successors = [[Int]](repeating: [], count: plan.stepCount)
        for ordering in edges { successors[ordering.before].append(ordering.after) }
        for ordering in edges {
            // Reachable from `before` without the direct edge?
            var stack = successors[ordering.before].filter { $0 != ordering.after }
            var seen = Set(stack)
            while let step = stack.popLast() {
                if step == ordering.after { return true }
                for next in successors[step] where seen.insert(next).inserted { stack.append(next) }
            }
        }
        return false
    }
}
