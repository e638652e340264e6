/// The arcs of a complete selection of a disjunctive graph as ``SelectionPaths`` reads them:
/// per operation its release, its duration, how many arcs enter it and the arcs leaving it.
protocol SelectionArcs {
    /// The number of operations, numbered from 0.
    var operationCount: Int { get }
    /// The earliest start of `operation`.
    func release(_ operation: Int) -> Int
    /// The duration of `operation`.
    func duration(_ operation: Int) -> Int
    /// The number of arcs into `operation`.
    func predecessorCount(_ operation: Int) -> Int
    /// Calls `body` with the target and the lag of each arc leaving `operation`.
    func forEachSuccessor(of operation: Int, _ body: (_ target: Int, _ lag: Int) -> Void)
}

/// Heads (earliest starts), tails (longest path from completion to the end) and the makespan
/// of a selection, recomputed by one topological pass over its arcs (Kahn's algorithm) in
/// O(n + arcs); the scratch space is kept between passes. The pass is the tabu searches'
/// inner loop: it and the arcs' accessors are inlined into each selection type's caller
/// (called through closures, the job shop's search ran at half its speed).
struct SelectionPaths: Sendable {
    private(set) var heads: [Int]
    private(set) var tails: [Int]
    private(set) var makespan = 0
    private var indegree: [Int]
    private var topological: [Int]

    /// Paths of `operationCount` operations, all 0 until ``evaluate(_:)``.
    init(operationCount: Int = 0) {
        heads = [Int](repeating: 0, count: operationCount)
        tails = heads
        indegree = heads
        topological = heads
    }

    /// Recomputes heads, tails and makespan over `arcs`. Returns `false`, leaving them stale,
    /// when the arcs form a cycle. The arrays are written through buffer pointers: written in
    /// the arcs' closures, each write would check that the array is not shared.
    @inline(__always) mutating func evaluate(_ arcs: some SelectionArcs) -> Bool {
        let count = arcs.operationCount
        var longest = 0
        let acyclic = heads.withUnsafeMutableBufferPointer { heads in
            indegree.withUnsafeMutableBufferPointer { indegree in
                tails.withUnsafeMutableBufferPointer { tails in
                    topological.withUnsafeMutableBufferPointer { order in
                        var queued = 0
                        for operation in 0..<count {
                            let degree = arcs.predecessorCount(operation)
                            indegree[operation] = degree
                            heads[operation] = arcs.release(operation)
                            if degree == 0 {
                                order[queued] = operation
                                queued += 1
                            }
                        }
                        var next = 0
                        while next < queued {
                            let operation = order[next]
                            next += 1
                            let finish = heads[operation] + arcs.duration(operation)
                            arcs.forEachSuccessor(of: operation) { target, lag in
                                heads[target] = max(heads[target], finish + lag)
                                indegree[target] -= 1
                                if indegree[target] == 0 {
                                    order[queued] = target
                                    queued += 1
                                }
                            }
                        }
                        guard queued == count else { return false }
                        for position in stride(from: count - 1, through: 0, by: -1) {
                            let operation = order[position]
                            var tail = 0
                            arcs.forEachSuccessor(of: operation) { target, lag in
                                tail = max(tail, lag + arcs.duration(target) + tails[target])
                            }
                            tails[operation] = tail
                            longest = max(longest, heads[operation] + arcs.duration(operation))
                        }
                        return true
                    }
                }
            }
        }
        guard acyclic else { return false }
        makespan = longest
        return true
    }

    /// Recomputes the paths that `selection` keeps at `paths` over the arcs `arcs` reads from
    /// it. The paths are taken out of the selection for the pass, so that writing them copies
    /// no array while the arcs hold the selection.
    @inline(__always) static func evaluate<Selection>(
        _ selection: inout Selection, at paths: WritableKeyPath<Selection, SelectionPaths>,
        over arcs: (Selection) -> some SelectionArcs
    ) -> Bool {
        var taken = selection[keyPath: paths]
        selection[keyPath: paths] = SelectionPaths()
        defer { selection[keyPath: paths] = taken }
        return taken.evaluate(arcs(selection))
    }
}
