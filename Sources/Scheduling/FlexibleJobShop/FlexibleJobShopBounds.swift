/// Lower bounds on the makespan of a ``FlexibleJobShop``, each valid whatever machines the
/// operations get:
/// - the job path: every job's operations at their shortest durations, one after the other;
/// - machine loads (after Mastrolilli & Gambardella 2000 and Dauzère-Pérès & Paulli 1997):
///   for a set S of machines, the operations that can only run inside S need at least the
///   sum of their shortest durations there; shared out over the machines of S that are used,
///   each machine's work also waits for a head and leaves a tail. The sets tried are every
///   operation's own machine set and the set of all machines;
/// - the one-machine preemptive bound (Carlier 1982) on the operations that have a single
///   machine, with heads and tails over the job paths at shortest durations.
///
/// O(A log A + s·n) for A machine choices and s ≤ 1000 machine sets.
enum FlexibleJobShopBounds {
    static func makespan(_ shop: FlexibleJobShop) -> Int {
        let count = shop.operations.count
        let shortest = (0..<count).map(shop.shortestDuration)
        var heads = [Int](repeating: 0, count: count)
        var tails = heads
        for operation in 0..<count {
            let previous = shop.jobPredecessor(operation)
            if previous >= 0 { heads[operation] = heads[previous] + shortest[previous] }
        }
        for operation in (0..<count).reversed() {
            let next = shop.jobSuccessor(operation)
            if next >= 0 { tails[operation] = tails[next] + shortest[next] }
        }
        var bound = 0
        for operation in 0..<count {
            bound = max(bound, heads[operation] + shortest[operation] + tails[operation])
        }
        bound = max(
            bound, loadBound(shop, Array(0..<shop.machineCount), heads: heads, tails: tails))
        var sets: Set<[Int]> = []
        for operation in shop.operations {
            sets.insert(operation.alternatives.map(\.machine).sorted())
        }
        // Sorted, and at most a thousand, so that the effort stays O(n) per set tried.
        for machines in sets.sorted(by: { $0.lexicographicallyPrecedes($1) }).prefix(1000) {
            bound = max(bound, loadBound(shop, machines, heads: heads, tails: tails))
        }
        var fixed = [[Int]](repeating: [], count: shop.machineCount)
        for (index, operation) in shop.operations.enumerated()
        where operation.alternatives.count == 1 {
            fixed[operation.alternatives[0].machine].append(index)
        }
        for members in fixed where !members.isEmpty {
            let sorted = members.sorted { heads[$0] < heads[$1] }
            bound = max(
                bound,
                OneMachineBound.jackson(sorted, heads: heads, durations: shortest, tails: tails))
        }
        return bound
    }

    /// The load bound of the operations confined to `machines` (sorted): if `u` of them
    /// work, `u · C ≥ work + the u smallest heads + the u smallest tails`; the bound is the
    /// weakest over `u`.
    private static func loadBound(
        _ shop: FlexibleJobShop, _ machines: [Int], heads: [Int], tails: [Int]
    ) -> Int {
        var inside = [Bool](repeating: false, count: shop.machineCount)
        for machine in machines { inside[machine] = true }
        var work = 0
        var confinedHeads: [Int] = []
        var confinedTails: [Int] = []
        for (index, operation) in shop.operations.enumerated()
        where operation.alternatives.allSatisfy({ inside[$0.machine] }) {
            work += operation.alternatives.map(\.duration).min() ?? 0
            confinedHeads.append(heads[index])
            confinedTails.append(tails[index])
        }
        guard !confinedHeads.isEmpty else { return 0 }
        confinedHeads.sort()
        confinedTails.sort()
        var weakest = Int.max
        var headSum = 0
        var tailSum = 0
        for used in 1...min(machines.count, confinedHeads.count) {
            headSum += confinedHeads[used - 1]
            tailSum += confinedTails[used - 1]
            let total = work + headSum + tailSum
            weakest = min(weakest, (total + used - 1) / used)
        }
        return weakest
    }
}
