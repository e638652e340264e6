extension ConstraintBranchAndBound {
    /// Budget consistency over each pair `(a, b)` of the non-renewable resources that
    /// ``ModeReduction`` keeps: a dynamic program over the activities finds, for every amount
    /// `x ≤ capacity(a)`, the least total demand on `b` of an assignment of remaining modes
    /// that needs at most `x` of `a`, forwards over the activities `0 ..< i` and backwards over
    /// `i + 1 ..< n`. A mode of activity `i` stays only when it fits both budgets together with
    /// the best halves around it. Exact for two budgets (the two-dimensional knapsack that the
    /// per-resource least demands of `filterModes` relax), a relaxation for more; the budget
    /// test of Sprecher, Hartmann & Drexl (1997) made joint. Run on the root domains: repeated
    /// at every node or after every mode decision it cost more than it pruned (measured on
    /// MRCPSP j20, where it rarely drops a mode below the root).
    ///
    /// O(P·n·M·C) for P pairs, n activities, M modes and C the smaller capacity of a pair.
    func filterModesByBudgetPairs(_ state: inout SearchState, changed: inout Bool) -> Bool {
        for (budget, other) in budgetPairs {
            guard filterModes(&state, budget: budget, against: other, changed: &changed) else {
                return false
            }
        }
        return true
    }

    /// The pairs of budgets of a multi-mode problem that ``ModeReduction`` did not find
    /// redundant, the smaller capacity first; a pair whose tables would exceed
    /// ``budgetTableLimit`` cells is left to the per-resource test.
    static func budgetPairs(network: ProjectNetwork, reduction: ModeReduction?) -> [(Int, Int)] {
        guard let reduction else { return [] }
        let budgets = network.nonRenewable.filter { !reduction.redundantBudgets.contains($0) }
        var pairs: [(Int, Int)] = []
        for (index, first) in budgets.enumerated() {
            for second in budgets[(index + 1)...] {
                let (small, large) =
                    network.capacity[first] <= network.capacity[second]
                    ? (first, second) : (second, first)
                guard network.capacity[small] >= 0,
                    (network.activityCount + 1) * (network.capacity[small] + 1)
                        <= budgetTableLimit
                else { continue }
                pairs.append((small, large))
            }
        }
        return pairs
    }

    /// Largest dynamic-programming table (cells) of the pairwise budget test.
    static var budgetTableLimit: Int { 1 << 20 }

    private func filterModes(
        _ state: inout SearchState, budget: Int, against other: Int, changed: inout Bool
    ) -> Bool {
        let count = network.activityCount
        let capacity = network.capacity[budget]
        let otherCapacity = network.capacity[other]
        let width = capacity + 1
        let unreachable = Int.max / 4
        // Row i of `forward`: the least demand on `other` of activities 0 ..< i within each
        // amount x of `budget`; row i of `backward`: the same over activities i ..< n.
        var forward = [Int](repeating: 0, count: (count + 1) * width)
        var backward = [Int](repeating: 0, count: (count + 1) * width)
        func add(_ activity: Int, to table: inout [Int], from source: Int, into target: Int) {
            for amount in 0..<width {
                var least = unreachable
                for mode in ModeBits(state.modeMask[activity]) {
                    let use = network.demand(activity, mode, budget)
                    guard use <= amount else { continue }
                    least = min(
                        least,
                        table[source * width + amount - use] + network.demand(activity, mode, other)
                    )
                }
                table[target * width + amount] = least
            }
        }
        for activity in 0..<count {
            add(activity, to: &forward, from: activity, into: activity + 1)
        }
        guard forward[count * width + capacity] <= otherCapacity else { return false }
        for activity in stride(from: count - 1, through: 0, by: -1) {
            add(activity, to: &backward, from: activity + 1, into: activity)
        }
        for activity in 0..<count where !state.hasSingleMode(activity) {
            var kept = state.modeMask[activity]
            for mode in ModeBits(kept) {
                let left = capacity - network.demand(activity, mode, budget)
                let room = otherCapacity - network.demand(activity, mode, other)
                var fits = false
                if left >= 0, room >= 0 {
                    let before = activity * width
                    let after = (activity + 1) * width
                    for amount in 0...left
                    where forward[before + amount] + backward[after + left - amount] <= room {
                        fits = true
                        break
                    }
                }
                if !fits { kept &= ~(1 << UInt64(mode)) }
            }
            guard restrictModes(&state, activity, to: kept, changed: &changed) else { return false }
        }
        return true
    }
}
