extension PartialOrderPlan {
    /// The precedence graph of the orderings, after checking that every ordering names two
    /// distinct steps of the plan and that the orderings are acyclic.
    ///
    /// - Complexity: O(steps + orderings).
    func orderingGraph() throws(PartialOrderPlanError) -> PrecedenceGraph {
        let count = stepCount
        for ordering in orderings {
            for step in [ordering.before, ordering.after] where step < 0 || step >= count {
                throw .stepOutOfRange(step: step)
            }
            if ordering.before == ordering.after {
                throw .cyclicOrderings(steps: [ordering.before])
            }
        }
        var cycle: [Int] = []
        guard
            let graph = PrecedenceGraph(
                count: count, edges: orderings.lazy.map { ($0.before, $0.after) }, cycle: &cycle)
        else { throw .cyclicOrderings(steps: cycle) }
        return graph
    }
}
