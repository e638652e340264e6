/// The disjunctive graph of a problem in which every activity has one mode and occupies at
/// most one resource, a unary machine (Roy & Sussmann 1964): operations are nodes,
/// precedences are conjunctive arcs, and the operations of each machine must be put in a
/// sequence (a selection of disjunctive arcs). Job shops are the classic case, but any
/// problem with that structure qualifies — it is detected from the ``SchedulingProblem``,
/// not from the file format.
///
/// Dense layout: operation `i` is activity `i`; conjunctive arcs are stored compressed by
/// source (successors) and by target (predecessors). Building it costs O(n·K + P).
struct DisjunctiveGraph: Sendable {
    let operationCount: Int
    let machineCount: Int
    let duration: [Int]
    let release: [Int]
    /// The machine of each operation, or −1 when it needs none.
    let machine: [Int]
    /// Operations of machine `m` are `machineMembers[machineStart[m] ..< machineStart[m + 1]]`.
    let machineStart: [Int]
    let machineMembers: [Int]
    /// The place of each operation in its machine's member list.
    let memberSlot: [Int]
    /// Conjunctive successors of `i`: `successor[successorStart[i] ..< successorStart[i + 1]]`,
    /// each with its minimum lag (`S_successor ≥ S_i + p_i + lag`).
    let successorStart: [Int]
    let successor: [Int]
    let successorLag: [Int]
    /// Conjunctive predecessors of `i`, laid out like the successors.
    let predecessorStart: [Int]
    let predecessor: [Int]
    let predecessorLag: [Int]
    /// The operations in an order compatible with the conjunctive arcs.
    let conjunctiveOrder: [Int]

    /// The graph of `network`'s problem, or `nil` when it does not have the structure: the objective
    /// is the makespan, every activity has one mode and needs one unit of at most one
    /// renewable resource, every renewable resource has capacity 1, no non-renewable
    /// resource is used, there are no deadlines or maximum lags, and the precedences are
    /// acyclic (the order of the conjunctive arcs is the network's topological order).
    init?(_ network: ProjectNetwork) {
        let problem = network.problem
        guard let order = network.topologicalOrder, problem.objective == .makespan,
            !problem.activities.isEmpty,
            problem.resources.allSatisfy({ $0.kind == .nonRenewable || $0.capacity == 1 }),
            problem.precedences.allSatisfy({ $0.maximumLag == nil })
        else { return nil }
        var machineOf: [Int] = []
        for activity in problem.activities {
            guard activity.modes.count == 1, activity.deadline == nil,
                let mode = activity.modes.first
            else { return nil }
            var used = -1
            for (resource, demand) in mode.demands.enumerated() where demand != 0 {
                guard used == -1, demand == 1, problem.resources[resource].kind == .renewable
                else { return nil }
                used = resource
            }
            machineOf.append(used)
        }
        let count = problem.activities.count
        operationCount = count
        machineCount = problem.resources.count
        duration = problem.activities.compactMap { $0.modes.first?.duration }
        release = problem.activities.map(\.releaseDate)
        machine = machineOf

        var start = [Int](repeating: 0, count: machineCount + 1)
        for operation in 0..<count where machineOf[operation] >= 0 {
            start[machineOf[operation] + 1] += 1
        }
        for index in 0..<machineCount { start[index + 1] += start[index] }
        var members = [Int](repeating: 0, count: start[machineCount])
        var slot = [Int](repeating: -1, count: count)
        var fill = start
        for operation in 0..<count where machineOf[operation] >= 0 {
            let resource = machineOf[operation]
            members[fill[resource]] = operation
            slot[operation] = fill[resource] - start[resource]
            fill[resource] += 1
        }
        machineStart = start
        machineMembers = members
        memberSlot = slot

        let bySource = Self.compressed(
            problem.precedences.map { ($0.predecessor, $0.successor, $0.minimumLag) }, count: count)
        let byTarget = Self.compressed(
            problem.precedences.map { ($0.successor, $0.predecessor, $0.minimumLag) }, count: count)
        successorStart = bySource.start
        successor = bySource.target
        successorLag = bySource.lag
        predecessorStart = byTarget.start
        predecessor = byTarget.target
        predecessorLag = byTarget.lag

        conjunctiveOrder = order
    }

    /// Operations of `machine` in member order.
    func members(of machine: Int) -> ArraySlice<Int> {
        machineMembers[machineStart[machine]..<machineStart[machine + 1]]
    }

    /// The earliest start of each operation over the conjunctive arcs and release dates alone.
    func conjunctiveHeads() -> [Int] {
        var heads = release
        for operation in conjunctiveOrder {
            for arc in successorStart[operation]..<successorStart[operation + 1] {
                let next = successor[arc]
                heads[next] = max(
                    heads[next], heads[operation] + duration[operation] + successorLag[arc])
            }
        }
        return heads
    }

    /// The longest path from the completion of each operation to the end of the project over
    /// the conjunctive arcs alone.
    func conjunctiveTails() -> [Int] {
        var tails = [Int](repeating: 0, count: operationCount)
        for operation in conjunctiveOrder.reversed() {
            for arc in successorStart[operation]..<successorStart[operation + 1] {
                let next = successor[arc]
                tails[operation] = max(
                    tails[operation], successorLag[arc] + duration[next] + tails[next])
            }
        }
        return tails
    }

    /// Arcs `(from, to, lag)` grouped by `from`, in O(n + P).
    private static func compressed(_ arcs: [(Int, Int, Int)], count: Int) -> (
        start: [Int], target: [Int], lag: [Int]
    ) {
        var start = [Int](repeating: 0, count: count + 1)
        for arc in arcs { start[arc.0 + 1] += 1 }
        for index in 0..<count { start[index + 1] += start[index] }
        var target = [Int](repeating: 0, count: arcs.count)
        var lag = [Int](repeating: 0, count: arcs.count)
        var fill = start
        for arc in arcs {
            target[fill[arc.0]] = arc.1
            lag[fill[arc.0]] = arc.2
            fill[arc.0] += 1
        }
        return (start, target, lag)
    }
}
