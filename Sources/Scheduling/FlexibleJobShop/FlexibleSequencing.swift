/// A complete solution of a ``FlexibleJobShop`` as a graph: the machine of every operation
/// and the sequence of every machine, with heads (earliest starts), tails (longest path
/// from completion to the end) and the makespan of the resulting graph.
///
/// ``evaluate(_:)`` recomputes heads and tails with one topological pass over job and
/// machine arcs in O(n) (``SelectionPaths``); moving an operation costs O(operations on the machines involved).
struct FlexibleSequencing: Sendable {
    /// The machine (0-based) of each operation, and its duration there.
    private(set) var machine: [Int]
    private(set) var duration: [Int]
    /// The operations of each machine in processing order.
    private(set) var sequences: [[Int]]
    /// The place of each operation in its machine's sequence.
    private(set) var position: [Int]
    private var paths: SelectionPaths
    /// The earliest start of each operation.
    var heads: [Int] { paths.heads }
    /// The longest path from each operation's completion to the end.
    var tails: [Int] { paths.tails }
    /// The length of a longest path.
    var makespan: Int { paths.makespan }

    /// The selection that runs each operation on `machines[i]` (which must be eligible) in
    /// the order of `priority` on each machine (ties by operation number), evaluated; `nil`
    /// when that order is cyclic.
    init?(shop: FlexibleJobShop, machines: [Int], priority: [Int]) {
        let count = shop.operations.count
        machine = machines
        duration = (0..<count).map { shop.duration(of: $0, on: machines[$0]) ?? 0 }
        var sequences = [[Int]](repeating: [], count: shop.machineCount)
        for operation in (0..<count).sorted(by: {
            (priority[$0], $0) < (priority[$1], $1)
        }) {
            sequences[machines[operation]].append(operation)
        }
        self.sequences = sequences
        position = [Int](repeating: 0, count: count)
        paths = SelectionPaths(operationCount: count)
        for members in sequences {
            for (place, operation) in members.enumerated() { position[operation] = place }
        }
        guard evaluate(shop) else { return nil }
    }

    /// The selection of `schedule`: its machines, each sequenced by start (ties: finish,
    /// then operation number, which keeps job arcs forward).
    init?(shop: FlexibleJobShop, schedule: FlexibleJobShopSchedule) {
        let finish = shop.operations.indices.map { schedule.finish(of: $0, in: shop) }
        let order = shop.operations.indices.sorted {
            (schedule.starts[$0], finish[$0], $0) < (schedule.starts[$1], finish[$1], $1)
        }
        var rank = [Int](repeating: 0, count: order.count)
        for (index, operation) in order.enumerated() { rank[operation] = index }
        self.init(shop: shop, machines: schedule.machines, priority: rank)
    }

    /// The semi-active schedule: every operation at its head.
    var schedule: FlexibleJobShopSchedule {
        FlexibleJobShopSchedule(machines: machine, starts: heads)
    }

    /// The operation before `operation` on its machine, or −1.
    func machinePredecessor(_ operation: Int) -> Int {
        let place = position[operation]
        return place > 0 ? sequences[machine[operation]][place - 1] : -1
    }

    /// The operation after `operation` on its machine, or −1.
    func machineSuccessor(_ operation: Int) -> Int {
        let members = sequences[machine[operation]]
        let place = position[operation]
        return place + 1 < members.count ? members[place + 1] : -1
    }

    /// Takes `operation` off its machine's sequence and gives it `duration` 0 (a node of
    /// the job path only) until ``insert(_:on:at:duration:)``. The caller re-evaluates.
    mutating func remove(_ operation: Int) {
        let owner = machine[operation]
        let place = position[operation]
        sequences[owner].remove(at: place)
        for index in place..<sequences[owner].count { position[sequences[owner][index]] = index }
        machine[operation] = -1
        duration[operation] = 0
    }

    /// Puts a removed `operation` on `target` before the operation now at `place` (at the
    /// end when `place` is the sequence's length). The caller re-evaluates.
    mutating func insert(_ operation: Int, on target: Int, at place: Int, duration length: Int) {
        sequences[target].insert(operation, at: place)
        for index in place..<sequences[target].count { position[sequences[target][index]] = index }
        machine[operation] = target
        duration[operation] = length
    }

    /// Recomputes heads, tails and makespan by one topological pass, O(n). Returns `false`,
    /// leaving them stale, when the graph is cyclic.
    @discardableResult
    mutating func evaluate(_ shop: FlexibleJobShop) -> Bool {
        SelectionPaths.evaluate(&self, at: \.paths) { Arcs(shop: shop, selection: $0) }
    }

    /// The job arcs and, on each machine, an arc from every operation to the next; an
    /// operation taken off its machine has only its job arcs.
    private struct Arcs: SelectionArcs {
        let shop: FlexibleJobShop
        let selection: FlexibleSequencing

        var operationCount: Int { shop.operations.count }

        @inline(__always) func release(_ operation: Int) -> Int { 0 }

        @inline(__always) func duration(_ operation: Int) -> Int { selection.duration[operation] }

        @inline(__always) func predecessorCount(_ operation: Int) -> Int {
            let onMachine =
                selection.machine[operation] >= 0
                && selection.machinePredecessor(operation) >= 0
            return (shop.jobPredecessor(operation) >= 0 ? 1 : 0) + (onMachine ? 1 : 0)
        }

        @inline(__always) func forEachSuccessor(of operation: Int, _ body: (Int, Int) -> Void) {
            let next = shop.jobSuccessor(operation)
            if next >= 0 { body(next, 0) }
            guard selection.machine[operation] >= 0 else { return }
            let follower = selection.machineSuccessor(operation)
            if follower >= 0 { body(follower, 0) }
        }
    }
}
