extension PartialOrderPlan {
    /// Each step's layer: 0 for a step no ordering precedes, otherwise one more than the
    /// highest layer among its predecessors (the longest chain of orderings before it). Steps
    /// of one layer are unordered among themselves.
    ///
    /// - Complexity: O(steps² / 64 + orderings), after checking the orderings.
    public func layers() throws(PartialOrderPlanError) -> [Int] {
        Self.layers(of: try orderingGraph())
    }

    /// The layers of the steps of `graph` (see ``layers()``).
    static func layers(of graph: PrecedenceGraph) -> [Int] {
        var layer = [Int](repeating: 0, count: graph.count)
        for step in graph.topologicalOrder {
            graph.predecessors.forEachColumn(inRow: step) {
                layer[step] = max(layer[step], layer[$0] + 1)
            }
        }
        return layer
    }
}
