/// Tabu search over machine assignment and sequencing together, after Mastrolilli &
/// Gambardella (2000): a move takes one critical operation `v` off its machine and
/// reinserts it on any of its eligible machines, at a position between the operations that
/// must precede it and those that must follow it (their Theorem: after every operation of
/// L \ R, before every one of R \ L, which keeps the graph acyclic for positive durations;
/// the exact evaluation rejects the rare cyclic move anyway).
///
/// Each insertion is judged without rebuilding the graph: with heads `r` and tails `q` of
/// the graph without `v`, inserting it between `u` and `w` with duration `p` gives a
/// longest path through `v` of `max(r_v, r_u + p_u) + p + max(q_v, p_w + q_w)`; the estimate
/// is the larger of that and the makespan without `v`. One graph without `v` per critical
/// operation costs O(n), so an iteration costs O(c·n) for c ≤ ``sampleSize`` critical
/// operations.
///
/// After a move, moving `v` again and putting it back right after its former machine
/// predecessor are tabu for a random tenure unless the move would beat the best makespan
/// (aspiration); the operation tabu matters most (measured on Brandimarte's mk01–mk05: with
/// the position tabu alone the search circles on plateaus of equal makespan). After a long run without
/// improvement the search restarts from one of the last best solutions (the elite),
/// perturbed by a few random moves. Deterministic for a given seed and number of iterations.
final class FlexibleJobShopTabuSearch: TabuSearch {
    let shop: FlexibleJobShop
    private(set) var best: FlexibleSequencing
    var iterations = 0
    private var current: FlexibleSequencing
    private var random: SplitMix64
    /// Iteration until which putting an operation on a machine right after another is tabu.
    private var tabuUntil: [TabuKey: Int] = [:]
    /// Iteration until which moving each operation is tabu.
    private var operationTabuUntil: [Int]
    private var elite: [FlexibleSequencing]
    private let tenure: Int
    /// The most critical operations whose moves one iteration weighs, drawn at random when
    /// there are more. Measured at 5 s against weighing them all: dpp10 2385 instead of
    /// 2533, r-la36 1037 instead of 1049, mk10 200 instead of 202, seti5x 1206 instead of
    /// 1204 (8 did worse on four of those six).
    static let sampleSize = 16
    private let patience: Int

    private struct TabuKey: Hashable {
        var operation: Int
        var machine: Int
        var predecessor: Int
    }

    /// One insertion: `operation` onto `machine` before the operation at `place` of its
    /// sequence without `operation`.
    struct Move {
        var operation: Int
        var machine: Int
        var place: Int
        var duration: Int
        var predecessor: Int
    }

    init(shop: FlexibleJobShop, start: FlexibleSequencing, seed: UInt64) {
        self.shop = shop
        best = start
        current = start
        elite = [start]
        random = SplitMix64(seed: seed)
        let count = shop.operations.count
        operationTabuUntil = [Int](repeating: 0, count: count)
        tenure = 10 + min(30, count / 20)
        patience = 500 + 4 * count
    }

    /// Offers a solution found elsewhere; it becomes the best (and current) one if better.
    func offer(_ solution: FlexibleSequencing) {
        guard solution.makespan < best.makespan else { return }
        best = solution
        current = solution
        elite.append(solution)
    }

    /// Searches until `deadline`, until the best makespan reaches `target`, until `stop` is
    /// raised, after `iterationLimit` iterations, or when `rounds` restarts in a row found
    /// nothing better.
    func run(
        until deadline: ContinuousClock.Instant, target: Int, rounds: Int = .max,
        iterationLimit: Int = .max, stop: StopSignal? = nil
    ) {
        runIterations(
            until: deadline, target: target, rounds: rounds, iterationLimit: iterationLimit,
            clockCheckMask: 7, patience: patience, stop: stop)
    }

    var bestMakespan: Int { best.makespan }

    var currentMakespan: Int { current.makespan }

    /// Moves the operation and forbids both moving it again and putting it back after its
    /// former machine predecessor, each for a random tenure; a move that closes a cycle is
    /// undone and forbidden for the tenure.
    func make(_ move: Move) -> Bool {
        let saved = current
        let formerPredecessor = current.machinePredecessor(move.operation)
        let formerMachine = current.machine[move.operation]
        current.remove(move.operation)
        current.insert(move.operation, on: move.machine, at: move.place, duration: move.duration)
        guard current.evaluate(shop) else {
            current = saved
            tabuUntil[key(move)] = iterations + tenure
            return false
        }
        tabuUntil[
            TabuKey(
                operation: move.operation, machine: formerMachine,
                predecessor: formerPredecessor)] =
            iterations + tenure + Int(random.next() % UInt64(tenure + 1))
        operationTabuUntil[move.operation] =
            iterations + tenure + Int(random.next() % UInt64(tenure + 1))
        return true
    }

    /// Keeps the current solution as the best and among the last eight best (the elite).
    func keepCurrentAsBest() {
        best = current
        elite.append(current)
        if elite.count > 8 { elite.removeFirst() }
    }

    private func key(_ move: Move) -> TabuKey {
        TabuKey(operation: move.operation, machine: move.machine, predecessor: move.predecessor)
    }

    /// The operations on a longest path: head + duration + tail = makespan.
    private func criticalOperations() -> [Int] {
        (0..<shop.operations.count).filter {
            current.heads[$0] + current.duration[$0] + current.tails[$0] == current.makespan
        }
    }

    /// The non-tabu (or aspirating) move of smallest estimate, ties at random; a random
    /// move when all are tabu; `nil` when there is none.
    func chooseMove() -> Move? {
        var chosen: Move?
        var chosenValue = (Int.max, Int.max)
        var ties = 0
        var fallback: [Move] = []
        var critical = criticalOperations()
        if critical.count > Self.sampleSize {
            for index in 0..<Self.sampleSize {
                let pick = index + Int(random.next() % UInt64(critical.count - index))
                critical.swapAt(index, pick)
            }
            critical.removeLast(critical.count - Self.sampleSize)
        }
        for operation in critical {
            let candidates = moves(of: operation, in: current)
            for (move, value) in candidates {
                let isTabu =
                    operationTabuUntil[operation] > iterations
                    || (tabuUntil[key(move)] ?? 0) > iterations
                if isTabu, value.0 >= best.makespan {
                    if fallback.count < 64 { fallback.append(move) }
                    continue
                }
                if value < chosenValue {
                    chosenValue = value
                    chosen = move
                    ties = 1
                } else if value == chosenValue {
                    ties += 1
                    if random.next() % UInt64(ties) == 0 { chosen = move }
                }
            }
        }
        if let chosen { return chosen }
        guard !fallback.isEmpty else { return nil }
        return fallback[Int(random.next() % UInt64(fallback.count))]
    }

    /// Every reinsertion of `operation` with its estimate (makespan estimate, longest path
    /// through `operation`); the current position is left out.
    private func moves(of operation: Int, in solution: FlexibleSequencing) -> [(Move, (Int, Int))] {
        let formerMachine = solution.machine[operation]
        let formerPredecessor = solution.machinePredecessor(operation)
        var reduced = solution
        reduced.remove(operation)
        guard reduced.evaluate(shop) else { return [] }
        let head = reduced.heads[operation]
        let tail = reduced.tails[operation]
        var result: [(Move, (Int, Int))] = []
        for alternative in shop.operations[operation].alternatives {
            let sequence = reduced.sequences[alternative.machine]
            var low = 0
            var high = sequence.count
            for (index, other) in sequence.enumerated() {
                let mustFollow = reduced.heads[other] + reduced.duration[other] > head
                let mustPrecede = reduced.duration[other] + reduced.tails[other] > tail
                if mustPrecede, !mustFollow { low = index + 1 }
                if mustFollow, !mustPrecede, high == sequence.count { high = index }
            }
            guard low <= high else { continue }
            for place in low...high {
                let before = place > 0 ? sequence[place - 1] : -1
                if alternative.machine == formerMachine, before == formerPredecessor { continue }
                let after = place < sequence.count ? sequence[place] : -1
                var start = head
                if before >= 0 {
                    start = max(start, reduced.heads[before] + reduced.duration[before])
                }
                var rest = tail
                if after >= 0 { rest = max(rest, reduced.duration[after] + reduced.tails[after]) }
                let through = start + alternative.duration + rest
                result.append(
                    (
                        Move(
                            operation: operation, machine: alternative.machine, place: place,
                            duration: alternative.duration, predecessor: before),
                        (max(reduced.makespan, through), through)
                    ))
            }
        }
        return result
    }

    /// Back to a random elite solution, perturbed by a few random moves; always `true`:
    /// another elite solution or other moves may still help.
    @discardableResult
    func restart() -> Bool {
        current = elite[Int(random.next() % UInt64(elite.count))]
        let perturbations = 2 + Int(random.next() % 4)
        for _ in 0..<perturbations {
            let critical = criticalOperations()
            guard !critical.isEmpty else { return true }
            let operation = critical[Int(random.next() % UInt64(critical.count))]
            let candidates = moves(of: operation, in: current)
            guard !candidates.isEmpty else { continue }
            let move = candidates[Int(random.next() % UInt64(candidates.count))].0
            let saved = current
            current.remove(move.operation)
            current.insert(
                move.operation, on: move.machine, at: move.place, duration: move.duration)
            if !current.evaluate(shop) { current = saved }
        }
        if current.makespan < best.makespan { best = current }
        return true
    }
}
