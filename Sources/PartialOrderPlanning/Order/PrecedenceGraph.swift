import HeapModule

/// A directed acyclic graph over plan steps with its transitive closure kept in bitsets.
///
/// `successors`/`predecessors` hold the explicit edges; `descendants`/`ancestors` the
/// strict closure (row x: the steps after / before x in every linearisation). A topological
/// order is fixed at construction; edges removed or re-added later must respect it, which is
/// the case for every edge of a deordering.
struct PrecedenceGraph: Sendable {
    /// The number of steps.
    let count: Int
    /// The steps in a topological order of the edges given at construction.
    let topologicalOrder: [Int]
    /// The position of each step in `topologicalOrder`.
    let position: [Int]
    private(set) var successors: BitMatrix
    private(set) var predecessors: BitMatrix
    private(set) var descendants: BitMatrix
    private(set) var ancestors: BitMatrix

    /// Builds the graph of `edges` over `count` steps, or returns `nil` when they form a
    /// cycle (`cycle` then receives the steps of one cycle).
    ///
    /// Kahn's algorithm breaks ties by the smallest step index, so when every edge goes from
    /// a lower to a higher index (a deordering) the topological order is the identity.
    /// - Complexity: O(n²/64 + E × n/64) for the closure.
    init?(count: Int, edges: some Sequence<(Int, Int)>, cycle: inout [Int]) {
        var successors = BitMatrix(size: count)
        var predecessors = BitMatrix(size: count)
        for (before, after) in edges {
            successors[before, after] = true
            predecessors[after, before] = true
        }
        var remaining = (0..<count).map { predecessors.count(row: $0) }
        var ready = Heap((0..<count).filter { remaining[$0] == 0 })
        var order: [Int] = []
        order.reserveCapacity(count)
        while let step = ready.popMin() {
            order.append(step)
            successors.forEachColumn(inRow: step) { next in
                remaining[next] -= 1
                if remaining[next] == 0 { ready.insert(next) }
            }
        }
        guard order.count == count else {
            cycle = Self.findCycle(predecessors: predecessors, blocked: remaining)
            return nil
        }
        self.init(successors: successors, predecessors: predecessors, order: order)
    }

    /// Builds the graph of `successors` (row i: the steps after i), whose edges all go from
    /// a lower to a higher step index, so the identity is a topological order.
    ///
    /// - Complexity: O(n²/64 + E × n/64).
    init(forwardEdges successors: BitMatrix) {
        var predecessors = BitMatrix(size: successors.rowCount)
        for step in 0..<successors.rowCount {
            successors.forEachColumn(inRow: step) { predecessors[$0, step] = true }
        }
        self.init(
            successors: successors, predecessors: predecessors,
            order: Array(0..<successors.rowCount))
    }

    private init(successors: BitMatrix, predecessors: BitMatrix, order: [Int]) {
        count = order.count
        topologicalOrder = order
        var position = [Int](repeating: 0, count: count)
        for (index, step) in order.enumerated() { position[step] = index }
        self.position = position
        self.successors = successors
        self.predecessors = predecessors
        descendants = BitMatrix(size: count)
        ancestors = BitMatrix(size: count)
        recomputeClosure()
    }

    /// The explicit edges as (before, after) pairs, sorted.
    var edges: [(Int, Int)] {
        var result: [(Int, Int)] = []
        for step in 0..<count {
            successors.forEachColumn(inRow: step) { result.append((step, $0)) }
        }
        return result
    }

    /// The number of explicit edges.
    var edgeCount: Int { successors.totalCount }

    /// Whether `before` precedes `after` in every linearisation.
    func precedes(_ before: Int, _ after: Int) -> Bool { descendants[before, after] }

    /// Recomputes the whole closure from the edges.
    ///
    /// - Complexity: O((n + E) × n/64).
    mutating func recomputeClosure() {
        for step in topologicalOrder.reversed() { rebuildDescendants(of: step) }
        for step in topologicalOrder { rebuildAncestors(of: step) }
    }

    /// Keeps only the edges of the transitive reduction (Aho, Garey & Ullman 1972): an edge
    /// `u → v` goes when `v` is a descendant of another successor of `u`.
    ///
    /// - Complexity: O(E × n/64).
    mutating func reduceTransitively() {
        var implied = BitMatrix(size: count)
        for step in 0..<count {
            successors.forEachColumn(inRow: step) { next in
                implied.formUnion(row: step, withRowOf: descendants, next)
            }
        }
        for step in 0..<count {
            successors.subtract(row: step, rowOf: implied, step)
        }
        predecessors = BitMatrix(size: count)
        for step in 0..<count {
            successors.forEachColumn(inRow: step) { predecessors[$0, step] = true }
        }
    }

    /// Removes the edge `before → after` and updates the closure of the steps it affects:
    /// the descendants of `before` and its ancestors, the ancestors of `after` and its
    /// descendants.
    ///
    /// - Complexity: O((|anc(before)| + |desc(after)|) × degree × n/64).
    mutating func removeEdge(_ before: Int, _ after: Int) {
        successors[before, after] = false
        predecessors[after, before] = false
        updateClosure(before, after)
    }

    /// Adds the edge `before → after`, which must respect the topological order.
    mutating func addEdge(_ before: Int, _ after: Int) {
        successors[before, after] = true
        predecessors[after, before] = true
        updateClosure(before, after)
    }

    /// The steps whose closure rows change when edge `before → after` changes: `before`
    /// and its ancestors (descendant rows), `after` and its descendants (ancestor rows),
    /// each sorted by topological position.
    func affectedSteps(_ before: Int, _ after: Int) -> (upper: [Int], lower: [Int]) {
        var upper = ancestors.columns(inRow: before)
        upper.append(before)
        var lower = descendants.columns(inRow: after)
        lower.append(after)
        upper.sort { position[$0] < position[$1] }
        lower.sort { position[$0] < position[$1] }
        return (upper, lower)
    }

    private mutating func updateClosure(_ before: Int, _ after: Int) {
        let (upper, lower) = affectedSteps(before, after)
        for step in upper.reversed() { rebuildDescendants(of: step) }
        for step in lower { rebuildAncestors(of: step) }
    }

    private mutating func rebuildDescendants(of step: Int) {
        descendants.clearRow(step)
        let row = successors
        row.forEachColumn(inRow: step) { next in
            descendants[step, next] = true
            descendants.formUnion(row: step, withRow: next)
        }
    }

    private mutating func rebuildAncestors(of step: Int) {
        ancestors.clearRow(step)
        let row = predecessors
        row.forEachColumn(inRow: step) { previous in
            ancestors[step, previous] = true
            ancestors.formUnion(row: step, withRow: previous)
        }
    }

    /// One cycle among the steps that Kahn's algorithm could not order: each of them has a
    /// predecessor that could not be ordered either, so walking back must meet itself.
    private static func findCycle(predecessors: BitMatrix, blocked: [Int]) -> [Int] {
        guard var current = blocked.indices.first(where: { blocked[$0] > 0 }) else { return [] }
        var seenAt = [Int](repeating: -1, count: blocked.count)
        var path: [Int] = []
        while seenAt[current] < 0 {
            seenAt[current] = path.count
            path.append(current)
            var next = -1
            predecessors.forEachColumn(inRow: current) { candidate in
                if next < 0, blocked[candidate] > 0 { next = candidate }
            }
            guard next >= 0 else { return path.reversed() }
            current = next
        }
        return Array(path[seenAt[current]...].reversed())
    }
}
