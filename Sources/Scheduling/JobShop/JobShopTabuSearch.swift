/// Tabu search over the machine sequences of a ``DisjunctiveGraph`` with the N5
/// neighbourhood of Nowicki & Smutnicki (1996): on one critical path, swap the first two
/// and the last two operations of every critical block (not the first pair of the first
/// block, nor the last pair of the last one).
///
/// Each move is judged by the estimate of Taillard (1994) / Balas & Vazacopoulos (1998)
/// from heads and tails, the new longest path through the two swapped operations, in
/// O(P/n) per move; the chosen move is applied and the selection re-evaluated exactly in
/// O(n + P). A swap stays tabu for a random tenure around 10 + jobs/machines iterations
/// (as in Zhang, Li, Guan & Rao 2007) unless it would beat the best makespan (aspiration).
/// After a long run without improvement the search jumps back to the best selection and
/// perturbs it with a few random swaps of adjacent critical operations, which keep the
/// graph acyclic (van Laarhoven, Aarts & Lenstra 1992).
///
/// One iteration costs O(n + P); the search runs until a deadline or a target makespan.
final class JobShopTabuSearch: TabuSearch {
    let graph: DisjunctiveGraph
    private(set) var best: MachineSequencing
    var iterations = 0
    private var current: MachineSequencing
    private var random: SplitMix64
    /// Iteration until which putting `x` right before `y` again is tabu, at
    /// `tabuOffset[machine] + slot(x) · members(machine) + slot(y)`.
    private var tabuUntil: [Int]
    private let tabuOffset: [Int]
    private let tenure: Int
    /// Iterations without a new best before the search jumps back and perturbs.
    private let patience: Int

    init(graph: DisjunctiveGraph, start: MachineSequencing, seed: UInt64) {
        self.graph = graph
        best = start
        current = start
        random = SplitMix64(seed: seed)
        var offsets: [Int] = []
        var total = 0
        for machine in 0..<graph.machineCount {
            offsets.append(total)
            let size = graph.machineStart[machine + 1] - graph.machineStart[machine]
            total += size * size
        }
        tabuOffset = offsets
        tabuUntil = [Int](repeating: 0, count: total)
        let usedMachines = max(
            1, (0..<graph.machineCount).count(where: { graph.members(of: $0).count > 1 }))
        let jobs = max(1, graph.machineMembers.count / usedMachines)
        tenure = 10 + jobs / usedMachines
        patience = 2_000 + 10 * graph.operationCount
    }

    /// Offers a selection found elsewhere; it becomes the best (and current) one if it is
    /// better.
    func offer(_ selection: MachineSequencing) {
        guard selection.makespan < best.makespan else { return }
        best = selection
        current = selection
    }

    /// Searches until `deadline`, until the best makespan reaches `target`, until `stop` is
    /// raised, or until `rounds` jumps back in a row found nothing better.
    func run(
        until deadline: ContinuousClock.Instant, target: Int, rounds: Int = .max,
        stop: StopSignal? = nil
    ) {
        runIterations(
            until: deadline, target: target, rounds: rounds, iterationLimit: .max,
            clockCheckMask: 31, patience: patience, stop: stop)
    }

    var bestMakespan: Int { best.makespan }

    var currentMakespan: Int { current.makespan }

    /// The N5 move of the current critical path to make: an operation to swap with its
    /// machine successor.
    func chooseMove() -> Int? {
        choose(neighbourhood(current.criticalBlocks(in: graph)))
    }

    /// Swaps `move` with its machine successor and forbids swapping them back for a random
    /// tenure; a swap that closes a cycle is undone and forbidden for the tenure.
    func make(_ move: Int) -> Bool {
        let follower = current.machineSuccessor(move, in: graph)
        current.swapWithNext(move)
        guard current.evaluate(graph) else {
            current.swapWithNext(follower)
            current.evaluate(graph)
            forbid(move, before: follower, for: tenure)
            return false
        }
        forbid(move, before: follower, for: tenure + Int(random.next() % UInt64(tenure / 2 + 1)))
        return true
    }

    func keepCurrentAsBest() {
        best = current
    }

    /// The N5 moves of a critical path, each given by the operation that is swapped with its
    /// machine successor.
    private func neighbourhood(_ critical: MachineSequencing.CriticalBlocks) -> [Int] {
        var moves: [Int] = []
        let last = critical.blocks.count - 1
        for (index, block) in critical.blocks.enumerated() where block.count >= 2 {
            let firstPair = critical.path[block.lowerBound]
            let lastPair = critical.path[block.upperBound - 2]
            if index > 0 { moves.append(firstPair) }
            if index < last, lastPair != firstPair || index == 0 { moves.append(lastPair) }
        }
        return moves
    }

    /// The move with the smallest estimated makespan among those not tabu or beating the
    /// best (ties broken at random); a random move when all are tabu; `nil` without moves.
    private func choose(_ moves: [Int]) -> Int? {
        guard !moves.isEmpty else { return nil }
        var chosen: Int?
        var chosenEstimate = Int.max
        var ties = 0
        for move in moves {
            let follower = current.machineSuccessor(move, in: graph)
            let value = estimate(swapping: move, with: follower)
            let isTabu = tabuUntil[tabuIndex(follower, before: move)] > iterations
            guard !isTabu || value < best.makespan, value <= chosenEstimate else { continue }
            if value < chosenEstimate {
                chosenEstimate = value
                chosen = move
                ties = 1
            } else {
                ties += 1
                if random.next() % UInt64(ties) == 0 { chosen = move }
            }
        }
        return chosen ?? moves[Int(random.next() % UInt64(moves.count))]
    }

    /// The longest path through `first` and `second` once `second` runs right before
    /// `first` (Taillard 1994), O(P/n).
    private func estimate(swapping first: Int, with second: Int) -> Int {
        let before = current.machinePredecessor(first, in: graph)
        let after = current.machineSuccessor(second, in: graph)
        var secondHead = conjunctiveHead(second)
        if before >= 0 {
            secondHead = max(secondHead, current.heads[before] + graph.duration[before])
        }
        let firstHead = max(conjunctiveHead(first), secondHead + graph.duration[second])
        var firstTail = conjunctiveTail(first)
        if after >= 0 { firstTail = max(firstTail, graph.duration[after] + current.tails[after]) }
        let secondTail = max(conjunctiveTail(second), graph.duration[first] + firstTail)
        return max(
            secondHead + graph.duration[second] + secondTail,
            firstHead + graph.duration[first] + firstTail)
    }

    private func conjunctiveHead(_ operation: Int) -> Int {
        var head = graph.release[operation]
        for arc in graph.predecessorStart[operation]..<graph.predecessorStart[operation + 1] {
            let source = graph.predecessor[arc]
            head = max(
                head, current.heads[source] + graph.duration[source] + graph.predecessorLag[arc])
        }
        return head
    }

    private func conjunctiveTail(_ operation: Int) -> Int {
        var tail = 0
        for arc in graph.successorStart[operation]..<graph.successorStart[operation + 1] {
            let target = graph.successor[arc]
            tail = max(
                tail, graph.successorLag[arc] + graph.duration[target] + current.tails[target])
        }
        return tail
    }

    private func tabuIndex(_ first: Int, before second: Int) -> Int {
        let machine = graph.machine[first]
        let size = graph.machineStart[machine + 1] - graph.machineStart[machine]
        return tabuOffset[machine] + graph.memberSlot[first] * size + graph.memberSlot[second]
    }

    /// Forbids putting `first` right before `second` again for `length` iterations.
    private func forbid(_ first: Int, before second: Int, for length: Int) {
        tabuUntil[tabuIndex(first, before: second)] = iterations + length
    }

    /// Back to the best selection, perturbed by a few random swaps of adjacent operations of
    /// critical blocks; `false` when the best selection has no such pair to swap.
    @discardableResult
    func restart() -> Bool {
        current = best
        let swaps = 2 + Int(random.next() % 4)
        for swap in 0..<swaps {
            let critical = current.criticalBlocks(in: graph)
            let pairs = critical.blocks.flatMap { block in
                block.dropLast().map { critical.path[$0] }
            }
            guard !pairs.isEmpty else { return swap > 0 }
            let move = pairs[Int(random.next() % UInt64(pairs.count))]
            let follower = current.machineSuccessor(move, in: graph)
            current.swapWithNext(move)
            if !current.evaluate(graph) {
                current.swapWithNext(follower)
                current.evaluate(graph)
                return swap > 0
            }
        }
        if current.makespan < best.makespan { best = current }
        return true
    }
}
