/// A complete selection of a ``DisjunctiveGraph``: a sequence of the operations of every
/// machine, with the heads (earliest starts) and tails (longest path from completion to the
/// end) of the resulting acyclic graph.
///
/// The sequences are stored flat, machine after machine, in the layout of
/// ``DisjunctiveGraph/machineMembers``; ``evaluate(_:)`` recomputes heads and tails with one
/// topological pass in O(n + P) (``SelectionPaths``).
struct MachineSequencing: Sendable {
    /// The sequence of machine `m` is `order[graph.machineStart[m] ..< graph.machineStart[m + 1]]`.
    private(set) var order: [Int]
    /// The index of each operation in `order` (−1 without a machine).
    private(set) var position: [Int]
    private var paths: SelectionPaths
    /// The earliest start of each operation.
    var heads: [Int] { paths.heads }
    /// The longest path from each operation's completion to the end.
    var tails: [Int] { paths.tails }
    /// The length of a longest path.
    var makespan: Int { paths.makespan }

    /// The sequences that order each machine's operations by their start in `schedule`
    /// (ties: finish, then conjunctive order, so that every arc points forward in time and
    /// the graph is acyclic), evaluated; `nil` if the schedule's order is cyclic anyway.
    init?(graph: DisjunctiveGraph, schedule: Schedule) {
        guard schedule.starts.count == graph.operationCount else { return nil }
        var rank = [Int](repeating: 0, count: graph.operationCount)
        for (index, operation) in graph.conjunctiveOrder.enumerated() { rank[operation] = index }
        var order = graph.machineMembers
        for machine in 0..<graph.machineCount {
            let range = graph.machineStart[machine]..<graph.machineStart[machine + 1]
            order[range].sort {
                let first = schedule.starts[$0]
                let second = schedule.starts[$1]
                return (first, first + graph.duration[$0], rank[$0])
                    < (second, second + graph.duration[$1], rank[$1])
            }
        }
        self.order = order
        position = [Int](repeating: -1, count: graph.operationCount)
        for (index, operation) in order.enumerated() { position[operation] = index }
        paths = SelectionPaths(operationCount: graph.operationCount)
        guard evaluate(graph) else { return nil }
    }

    /// The operation sequenced right before `operation` on its machine, or −1.
    func machinePredecessor(_ operation: Int, in graph: DisjunctiveGraph) -> Int {
        let place = position[operation]
        guard place >= 0, place > graph.machineStart[graph.machine[operation]] else { return -1 }
        return order[place - 1]
    }

    /// The operation sequenced right after `operation` on its machine, or −1.
    func machineSuccessor(_ operation: Int, in graph: DisjunctiveGraph) -> Int {
        let place = position[operation]
        guard place >= 0, place + 1 < graph.machineStart[graph.machine[operation] + 1] else {
            return -1
        }
        return order[place + 1]
    }

    /// The semi-active schedule of this selection: every operation at its head.
    var schedule: Schedule {
        Schedule(modes: [Int](repeating: 0, count: heads.count), starts: heads)
    }

    /// Exchanges `first` with the operation right after it on its machine. The caller
    /// re-evaluates.
    mutating func swapWithNext(_ first: Int) {
        let place = position[first]
        let second = order[place + 1]
        order.swapAt(place, place + 1)
        position[first] = place + 1
        position[second] = place
    }

    /// Recomputes heads, tails and makespan by one topological pass over conjunctive and
    /// machine arcs, O(n + P). Returns `false`, leaving them stale, when the selection is
    /// cyclic.
    @discardableResult
    mutating func evaluate(_ graph: DisjunctiveGraph) -> Bool {
        SelectionPaths.evaluate(&self, at: \.paths) { Arcs(graph: graph, selection: $0) }
    }

    /// The conjunctive arcs of the graph and, on each machine, an arc from every operation
    /// to the next.
    private struct Arcs: SelectionArcs {
        let graph: DisjunctiveGraph
        let selection: MachineSequencing

        var operationCount: Int { graph.operationCount }

        @inline(__always) func release(_ operation: Int) -> Int { graph.release[operation] }

        @inline(__always) func duration(_ operation: Int) -> Int { graph.duration[operation] }

        @inline(__always) func predecessorCount(_ operation: Int) -> Int {
            let conjunctive =
                graph.predecessorStart[operation + 1] - graph.predecessorStart[operation]
            return conjunctive + (selection.machinePredecessor(operation, in: graph) >= 0 ? 1 : 0)
        }

        @inline(__always) func forEachSuccessor(of operation: Int, _ body: (Int, Int) -> Void) {
            for arc in graph.successorStart[operation]..<graph.successorStart[operation + 1] {
                body(graph.successor[arc], graph.successorLag[arc])
            }
            let follower = selection.machineSuccessor(operation, in: graph)
            if follower >= 0 { body(follower, 0) }
        }
    }
}
