/// Decides whether a condition of a step holds in every linearisation of a partial order,
/// for steps with fixed behaviour (`FixedBehaviour`).
///
/// This is Chapman's modal truth criterion for STRIPS actions (Chapman 1987, "Planning for
/// conjunctive goals"): literal `l` holds before node `j` in every linearisation iff
/// (1) every step `k` that undoes `l` and may come before `j` is followed, necessarily
/// before `j`, by a step that re-establishes `l` (a "white knight"), and (2) when `l` is
/// false initially, some establisher of `l` necessarily precedes `j`. Causal links are the
/// special case where the white knight is the link's producer. The criterion is exact:
/// when it fails, `counterexample` builds a linearisation in which `l` is false before `j`.
///
/// - Complexity: O(Σ over the conditions of `j` of (threats + 1) × n/64) per node.
struct ConditionChecker: Sendable {
    let behaviour: FixedBehaviour

    /// A condition that does not hold in every linearisation.
    struct Violation: Hashable, Sendable {
        /// The node (a step index, or `stepCount` for the goal) whose condition fails.
        var consumer: Int
        /// The literal (see `FixedBehaviour`).
        var literal: Int32
        /// The step that may undo the literal with nothing re-establishing it, or `nil` when
        /// the literal is false initially and no establisher necessarily comes first.
        var threat: Int?
    }

    /// The first violated condition of `node` in `graph`, if any.
    func violation(of node: Int, in graph: PrecedenceGraph) -> Violation? {
        violation(
            of: node, ancestors: (graph.ancestors, node), descendants: (graph.descendants, node),
            closure: graph.descendants)
    }

    /// The first violated condition of step or goal `node`, given the row holding its
    /// ancestors, the row holding its descendants, and the descendants of every step
    /// (`closure`): lets a caller test an order that differs from a graph in `node`'s rows.
    func violation(
        of node: Int, ancestors: (matrix: BitMatrix, row: Int),
        descendants: (matrix: BitMatrix, row: Int), closure: BitMatrix
    ) -> Violation? {
        let isGoal = node == behaviour.goalNode
        for literal in behaviour.conditions(of: node) {
            let (establishers, row) = behaviour.establishers(of: literal)
            for threat in behaviour.threateners(of: literal).lazy.map(Int.init) {
                if isGoal {
                    if !BitMatrix.intersect(closure, threat, establishers, row) {
                        return Violation(consumer: node, literal: literal, threat: threat)
                    }
                } else if threat != node, !descendants.matrix[descendants.row, threat],
                    !BitMatrix.intersect(
                        closure, threat, establishers, row, ancestors.matrix, ancestors.row)
                {
                    return Violation(consumer: node, literal: literal, threat: threat)
                }
            }
            if !behaviour.holdsInitially(literal) {
                let supported =
                    isGoal
                    ? !establishers.isEmpty(row: row)
                    : BitMatrix.intersect(establishers, row, ancestors.matrix, ancestors.row)
                if !supported { return Violation(consumer: node, literal: literal, threat: nil) }
            }
        }
        return nil
    }

    /// The first violated condition of any step or the goal.
    func firstViolation(in graph: PrecedenceGraph) -> Violation? {
        for node in graph.topologicalOrder {
            if let violation = violation(of: node, in: graph) { return violation }
        }
        return violation(of: behaviour.goalNode, in: graph)
    }

    /// A linearisation of `graph` in which the condition of `violation` is false before its
    /// consumer: for a threat `k` to consumer `j`, the steps after neither `k` nor `j`, then
    /// `k` with the steps between `k` and `j` (none re-establishes the literal), then `j`
    /// and the rest; for an unsupported condition, the ancestors of `j`, then `j`.
    ///
    /// - Complexity: O(n²/64).
    func counterexample(for violation: Violation, in graph: PrecedenceGraph) -> [Int] {
        let isGoal = violation.consumer == behaviour.goalNode
        var phase = [Int](repeating: 3, count: graph.count)
        for step in 0..<graph.count {
            let beforeConsumer = isGoal || graph.ancestors[violation.consumer, step]
            if let threat = violation.threat {
                let afterThreat = step == threat || graph.descendants[threat, step]
                let afterConsumer =
                    !isGoal
                    && (step == violation.consumer || graph.descendants[violation.consumer, step])
                if !afterThreat && !afterConsumer {
                    phase[step] = 0
                } else if step == threat || (afterThreat && beforeConsumer) {
                    phase[step] = 1
                }
            } else if beforeConsumer {
                phase[step] = 0
            }
            if step == violation.consumer { phase[step] = 2 }
        }
        var result: [Int] = []
        result.reserveCapacity(graph.count)
        for current in 0...3 {
            result += graph.topologicalOrder.filter { phase[$0] == current }
        }
        return result
    }
}
