/// The modes of a multi-mode problem that some optimal schedule may use, after the
/// preprocessing of Sprecher, Hartmann & Drexl (1997), repeated to a fixpoint:
/// * a mode is *non-executable* when a renewable demand exceeds its capacity, or when a
///   non-renewable demand together with the least demands of all other activities exceeds
///   the budget;
/// * a non-renewable resource is *redundant* when even the largest demand of every activity
///   fits its budget; it is then ignored;
/// * a mode is *inefficient* when another mode of the same activity is no longer and needs no
///   more of any resource that is not redundant (of two equal modes the first is kept).
///
/// Dropping inefficient modes keeps an optimal schedule only for a regular objective without
/// maximum lags (a shorter mode could break a maximum lag, a cheaper one could cost more), so
/// only non-executable modes are dropped otherwise.
///
/// O(R · n · (M² + n) · K) for R rounds (at most the number of modes), n activities, M modes
/// per activity and K resources.
struct ModeReduction: Sendable {
    /// The modes of each activity that remain, ascending.
    let usableModes: [[Int]]
    /// The remaining modes of each activity as a bit set (modes 0 ..< 64).
    let usableMask: [UInt64]
    /// Non-renewable resources whose budget no assignment of remaining modes can exceed.
    let redundantBudgets: [Int]

    init(network: ProjectNetwork) {
        let count = network.activityCount
        let dropsInefficient =
            network.problem.objective != .resourceCost
            && !network.problem.precedences.contains { $0.maximumLag != nil }
        var usable = (0..<count).map { activity in
            (0..<network.modeCount(activity)).filter { mode in
                network.renewable.allSatisfy {
                    network.demand(activity, mode, $0) <= network.capacity[$0]
                }
            }
        }
        var redundant: [Int] = []
        var changed = true
        while changed {
            changed = false
            let budgets = network.nonRenewable.filter { !redundant.contains($0) }
            var least = [[Int]](repeating: [], count: count)
            var leastTotal = [Int](repeating: 0, count: budgets.count)
            var mostTotal = [Int](repeating: 0, count: budgets.count)
            for activity in 0..<count {
                for (slot, resource) in budgets.enumerated() {
                    let demands = usable[activity].map { network.demand(activity, $0, resource) }
                    let minimum = demands.min() ?? 0
                    least[activity].append(minimum)
                    leastTotal[slot] += minimum
                    mostTotal[slot] += demands.max() ?? 0
                }
            }
            for (slot, resource) in budgets.enumerated()
            where mostTotal[slot] <= network.capacity[resource] {
                redundant.append(resource)
                changed = true
            }
            for activity in 0..<count {
                let kept = usable[activity].filter { mode in
                    budgets.indices.allSatisfy { slot in
                        let resource = budgets[slot]
                        return leastTotal[slot] - least[activity][slot]
                            + network.demand(activity, mode, resource)
                            <= network.capacity[resource]
                    }
                }
                if kept.count != usable[activity].count {
                    usable[activity] = kept
                    changed = true
                }
            }
            guard dropsInefficient else { continue }
            let compared =
                network.renewable + network.nonRenewable.filter { !redundant.contains($0) }
            for activity in 0..<count {
                let modes = usable[activity]
                let kept = modes.filter { mode in
                    !modes.contains { other in
                        other != mode
                            && Self.dominates(
                                other, mode, activity: activity, resources: compared,
                                network: network)
                    }
                }
                if kept.count != modes.count {
                    usable[activity] = kept
                    changed = true
                }
            }
        }
        usableModes = usable
        usableMask = usable.map { modes in
            modes.reduce(UInt64(0)) { $1 < 64 ? $0 | (1 << UInt64($1)) : $0 }
        }
        redundantBudgets = redundant.sorted()
    }

    /// Whether `better` makes `worse` inefficient: no longer, no more of any compared
    /// resource, and either strictly better somewhere or equal and earlier in the file.
    private static func dominates(
        _ better: Int, _ worse: Int, activity: Int, resources: [Int], network: ProjectNetwork
    ) -> Bool {
        let betterDuration = network.duration(activity, better)
        let worseDuration = network.duration(activity, worse)
        guard betterDuration <= worseDuration else { return false }
        var strictly = betterDuration < worseDuration
        for resource in resources {
            let betterDemand = network.demand(activity, better, resource)
            let worseDemand = network.demand(activity, worse, resource)
            if betterDemand > worseDemand { return false }
            if betterDemand < worseDemand { strictly = true }
        }
        return strictly || better < worse
    }
}
