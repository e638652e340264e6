/// Figures of merit of a partial-order plan.
public struct PartialOrderMetrics: Hashable, Sendable {
    /// The number of steps.
    public var steps: Int
    /// The number of orderings given (a transitive reduction for plans of this module).
    public var orderings: Int
    /// The number of step pairs ordered in every linearisation (transitive closure).
    public var orderedPairs: Int
    /// The fraction of step pairs left unordered: 1 − ordered pairs / (n(n−1)/2)
    /// (Muise, McIlraith & Beck 2016); 0 for fewer than two steps.
    public var flex: Double
    /// The largest set of pairwise unordered steps (a largest antichain).
    public var width: Int
    /// The most steps on one chain of orderings.
    public var criticalPathSteps: Int
    /// The largest sum of durations along a chain, when durations were given.
    public var criticalPathDuration: Double?

    /// Measures `plan`; `durations`, one per step, weigh the critical path.
    ///
    /// Width uses Dilworth's theorem: the largest antichain of a partial order equals its
    /// smallest chain cover, n − (maximum matching of the bipartite comparability graph)
    /// (Fulkerson 1956), found with Hopcroft & Karp's algorithm (1973).
    /// - Complexity: O(n²/64 + E × n/64) for the closure, O(C √n) for the matching over the
    ///   C ordered pairs.
    public init(
        plan: PartialOrderPlan, durations: [Double]? = nil
    ) throws(PartialOrderPlanError) {
        let count = plan.stepCount
        let graph = try plan.orderingGraph()
        steps = count
        orderings = Set(plan.orderings).count
        orderedPairs = graph.descendants.totalCount
        flex = count < 2 ? 0 : 1 - Double(orderedPairs) / (Double(count * (count - 1)) / 2)
        width = count - Self.maximumMatching(graph.descendants)
        criticalPathSteps =
            Self.longestChain(graph, weights: [Double](repeating: 1, count: count))
            .map(Int.init) ?? 0
        criticalPathDuration = durations.flatMap { Self.longestChain(graph, weights: $0) }
    }

    /// The largest total weight along a chain (0 for an empty plan); `nil` when the weights
    /// do not match the steps.
    private static func longestChain(_ graph: PrecedenceGraph, weights: [Double]) -> Double? {
        guard weights.count == graph.count else { return nil }
        var finish = weights
        for step in graph.topologicalOrder {
            var start = 0.0
            graph.predecessors.forEachColumn(inRow: step) { start = max(start, finish[$0]) }
            finish[step] = start + weights[step]
        }
        return finish.max() ?? 0
    }

    /// The size of a maximum matching between left copies and right copies of the steps,
    /// with an edge `i → j` wherever `i` precedes `j`.
    private static func maximumMatching(_ relation: BitMatrix) -> Int {
        let count = relation.rowCount
        let unmatched = -1
        var matchOfLeft = [Int](repeating: unmatched, count: count)
        var matchOfRight = [Int](repeating: unmatched, count: count)
        var size = 0
        // Greedy start, then Hopcroft–Karp phases of shortest augmenting paths.
        for left in 0..<count {
            var chosen = unmatched
            relation.forEachColumn(inRow: left) { right in
                if chosen == unmatched, matchOfRight[right] == unmatched { chosen = right }
            }
            if chosen != unmatched {
                matchOfLeft[left] = chosen
                matchOfRight[chosen] = left
                size += 1
            }
        }
        var distance = [Int](repeating: 0, count: count)
        while true {
            // Breadth-first layers from the free left vertices.
            var queue: [Int] = []
            for left in 0..<count {
                distance[left] = matchOfLeft[left] == unmatched ? 0 : Int.max
                if matchOfLeft[left] == unmatched { queue.append(left) }
            }
            var foundFree = false
            var head = 0
            while head < queue.count {
                let left = queue[head]
                head += 1
                relation.forEachColumn(inRow: left) { right in
                    let next = matchOfRight[right]
                    if next == unmatched {
                        foundFree = true
                    } else if distance[next] == Int.max {
                        distance[next] = distance[left] + 1
                        queue.append(next)
                    }
                }
            }
            guard foundFree else { return size }
            for left in 0..<count where matchOfLeft[left] == unmatched {
                if augment(
                    from: left, relation: relation, distance: &distance,
                    matchOfLeft: &matchOfLeft, matchOfRight: &matchOfRight)
                {
                    size += 1
                }
            }
        }
    }

    /// Depth-first search for an augmenting path along the layers, iteratively.
    private static func augment(
        from start: Int, relation: BitMatrix, distance: inout [Int],
        matchOfLeft: inout [Int], matchOfRight: inout [Int]
    ) -> Bool {
        // Each frame: a left vertex and the right vertices still to try from it.
        var stack: [(left: Int, candidates: [Int], next: Int)] = [
            (start, relation.columns(inRow: start), 0)
        ]
        var path: [(left: Int, right: Int)] = []
        while let frame = stack.last {
            if frame.next == frame.candidates.count {
                distance[frame.left] = Int.max
                stack.removeLast()
                if !path.isEmpty { path.removeLast() }
                continue
            }
            let right = frame.candidates[frame.next]
            stack[stack.count - 1].next += 1
            let owner = matchOfRight[right]
            if owner == -1 {
                path.append((frame.left, right))
                for (left, right) in path {
                    matchOfLeft[left] = right
                    matchOfRight[right] = left
                }
                return true
            }
            if distance[owner] == distance[frame.left] + 1 {
                path.append((frame.left, right))
                stack.append((owner, relation.columns(inRow: owner), 0))
            }
        }
        return false
    }
}
