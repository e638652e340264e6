public import PartialOrderPlanning
public import PlanningTask

/// A check of a partial-order plan that shares no code with the deorderer or
/// ``PartialOrderValidator``: linearisations replayed step by step on the ground task.
///
/// The causal-link check proves every linearisation valid; this one samples them so that a
/// bug in that proof (or in the deorderer that built on it) shows: for every step, one
/// linearisation that puts it as early as the orderings allow and one that puts it as late.
/// For any two unordered steps a and b, the first of a's puts a before b and the second
/// puts b before a, so every unordered pair runs in both orders. 2n linearisations of n
/// steps: O(n²) step replays, capped at ``replayBudget`` (the steps sampled evenly).
public struct LinearisationCheck {
    /// Step replays the check may spend (about a second); beyond it, fewer steps get their
    /// two linearisations.
    public static let replayBudget = 2_000_000

    private let task: GroundTask
    private let generator: SuccessorGenerator

    /// A check of partial-order plans of `task`.
    public init(task: GroundTask) {
        self.task = task
        self.generator = SuccessorGenerator(task: task)
    }

    /// The first linearisation of `plan` that does not replay to the goal, described; nil
    /// when all that were tried do.
    public func failure(of plan: PartialOrderPlan) -> String? {
        let count = plan.stepCount
        guard count > 0 else { return failure(of: [], in: plan, what: "the empty plan") }
        var successors = [[Int]](repeating: [], count: count)
        var predecessors = [[Int]](repeating: [], count: count)
        for ordering in plan.orderings {
            successors[ordering.before].append(ordering.after)
            predecessors[ordering.after].append(ordering.before)
        }
        let sampled = max(1, min(count, Self.replayBudget / (2 * count)))
        let stride = Double(count) / Double(sampled)
        for sample in 0..<sampled {
            let step = Int(Double(sample) * stride)
            for early in [true, false] {
                guard
                    let order = Self.linearisation(
                        moving: step, early: early, successors: successors,
                        predecessors: predecessors)
                else { return "the orderings have a cycle" }
                let what =
                    "the linearisation with step \(step) as \(early ? "early" : "late") as possible"
                if let failure = failure(of: order, in: plan, what: what) { return failure }
            }
        }
        return nil
    }

    private func failure(of order: [Int], in plan: PartialOrderPlan, what: String) -> String? {
        let operators = order.map { plan.steps[$0] }
        switch generator.check(SequentialPlan(operators: operators)) {
        case .valid:
            return nil
        case .goalNotReached:
            return "\(what) does not reach the goal"
        case .notApplicable(let position):
            return "in \(what), step \(order[position]) (\(task[operators[position]].name)) "
                + "is not applicable"
        case .unknownOperator(let position):
            return "step \(order[position]) names no operator of the task"
        }
    }

    /// A topological order of the steps in which `step` comes as early (after its
    /// ancestors only) or as late (before its descendants only) as the orderings allow; nil
    /// on a cycle. The step's ancestors (early) form a set closed under predecessors, the
    /// steps other than its descendants (late) too, so that set ordered first and the rest
    /// after it is a linear extension.
    static func linearisation(
        moving step: Int, early: Bool, successors: [[Int]], predecessors: [[Int]]
    ) -> [Int]? {
        let all = Set(0..<successors.count)
        let first =
            early
            ? closure(of: step, along: predecessors)
            : all.subtracting(closure(of: step, along: successors))
        guard let head = topologicalOrder(of: first, successors: successors),
            let tail = topologicalOrder(of: all.subtracting(first), successors: successors)
        else { return nil }
        return head + tail
    }

    /// Kahn's algorithm on the steps of `members` and the orderings among them, smallest
    /// index first among the ready ones; nil on a cycle.
    private static func topologicalOrder(of members: Set<Int>, successors: [[Int]]) -> [Int]? {
        var indegree: [Int: Int] = [:]
        for node in members {
            for next in successors[node] where members.contains(next) {
                indegree[next, default: 0] += 1
            }
        }
        var ready = members.filter { indegree[$0, default: 0] == 0 }.sorted(by: >)
        var order: [Int] = []
        order.reserveCapacity(members.count)
        while let node = ready.popLast() {
            order.append(node)
            for next in successors[node] where members.contains(next) {
                indegree[next, default: 0] -= 1
                if indegree[next] == 0 { ready.append(next) }
            }
        }
        return order.count == members.count ? order : nil
    }

    private static func closure(of step: Int, along edges: [[Int]]) -> Set<Int> {
        var seen: Set<Int> = [step]
        var stack = [step]
        while let node = stack.popLast() {
            for next in edges[node] where seen.insert(next).inserted { stack.append(next) }
        }
        return seen
    }
}
