/// Drops the orderings of a valid partial order that no condition needs, until every
/// remaining ordering is necessary: removing any one of them admits an invalid
/// linearisation (a *minimal* de-ordering in the sense of Bäckström 1998, "Computational
/// aspects of reordering plans", JAIR 9).
///
/// Greedy and exact: each edge of the transitive reduction is removed in turn and put back
/// when the modal truth criterion (`ConditionChecker`) then fails. Validity is monotone in
/// the order (fewer orderings, more linearisations), so an edge found necessary stays
/// necessary after later removals, and one pass suffices; a subset of a transitive
/// reduction is itself transitively reduced. Most necessary edges `u → v` are recognised
/// without touching the closure: after the removal only the ancestors of `v` and the
/// descendants of `u` change among their own rows, so the conditions of `v` and `u` are
/// tested on those rows alone; the full re-check (closure update, then the conditions of
/// every step whose rows change, and of the goal) runs only for edges that pass.
///
/// - Complexity: O(E × (degree + conditions × threats) × n/64) for the local tests, plus
///   O((n × degree + Σ conditions × threats) × n/64) per edge that passes them.
struct OrderingMinimizer {
    let checker: ConditionChecker

    /// Makes `graph` (valid, transitively reduced) minimal.
    func minimize(_ graph: inout PrecedenceGraph) {
        var scratch = BitMatrix(rows: 2, columns: graph.count)
        for (before, after) in graph.edges {
            if isNecessaryLocally(before, after, graph: graph, scratch: &scratch) { continue }
            graph.removeEdge(before, after)
            if isViolatedAfterRemoval(before, after, graph: graph) {
                graph.addEdge(before, after)
            }
        }
    }

    /// Whether the conditions of `after` or `before` fail once `before → after` is gone,
    /// judged on the two rows that change for them: ancestors of `after`, descendants of
    /// `before` (the rows of other steps matter to them only where nothing changes).
    private func isNecessaryLocally(
        _ before: Int, _ after: Int, graph: PrecedenceGraph, scratch: inout BitMatrix
    ) -> Bool {
        scratch.clearRow(0)
        graph.predecessors.forEachColumn(inRow: after) { previous in
            guard previous != before else { return }
            scratch[0, previous] = true
            scratch.formUnion(row: 0, withRowOf: graph.ancestors, previous)
        }
        if checker.violation(
            of: after, ancestors: (scratch, 0), descendants: (graph.descendants, after),
            closure: graph.descendants) != nil
        {
            return true
        }
        scratch.clearRow(1)
        graph.successors.forEachColumn(inRow: before) { next in
            guard next != after else { return }
            scratch[1, next] = true
            scratch.formUnion(row: 1, withRowOf: graph.descendants, next)
        }
        return checker.violation(
            of: before, ancestors: (graph.ancestors, before), descendants: (scratch, 1),
            closure: graph.descendants) != nil
    }

    /// Whether some condition fails in `graph`, from which `before → after` was just
    /// removed: only steps whose closure rows changed, and the goal, can be affected.
    private func isViolatedAfterRemoval(
        _ before: Int, _ after: Int, graph: PrecedenceGraph
    ) -> Bool {
        let (upper, lower) = graph.affectedSteps(before, after)
        for node in upper where checker.violation(of: node, in: graph) != nil { return true }
        for node in lower where checker.violation(of: node, in: graph) != nil { return true }
        return checker.violation(of: checker.behaviour.goalNode, in: graph) != nil
    }
}
