extension ConstraintBranchAndBound {
    /// A set of renewable resources whose joint capacity the energy check watches.
    struct EnergyScope {
        /// The resources, ascending.
        let resources: [Int]
        /// Their summed capacity.
        let capacity: Int
    }

    /// Most resource sets of ``energyScopes(network:)`` beyond the single resources.
    static let resourceSetLimit = 100

    /// Every renewable resource on its own and, for activities whose modes are alternative
    /// resources (each mode uses one renewable resource, as a flexible job shop's operation
    /// chooses a machine), the set of those resources: the operations confined to a machine
    /// set share its machines' time (Dauzère-Pérès & Paulli 1997; Mastrolilli & Gambardella
    /// 2000 use the same sets for the load bound). At most ``resourceSetLimit`` sets, in
    /// lexicographic order.
    static func energyScopes(network: ProjectNetwork) -> [EnergyScope] {
        var sets: Set<[Int]> = []
        for activity in 0..<network.activityCount where network.modeCount(activity) > 1 {
            var resources: Set<Int> = []
            var alternative = true
            for mode in 0..<network.modeCount(activity) {
                let used = network.renewable.filter { network.demand(activity, mode, $0) > 0 }
                guard used.count == 1 else {
                    alternative = false
                    break
                }
                resources.insert(used[0])
            }
            if alternative, resources.count > 1 { sets.insert(resources.sorted()) }
        }
        let chosen = sets.sorted { $0.lexicographicallyPrecedes($1) }.prefix(resourceSetLimit)
        return (network.renewable.map { [$0] } + chosen).map { resources in
            EnergyScope(
                resources: resources,
                capacity: resources.reduce(0) { $0 + network.capacity[$1] })
        }
    }

    /// Energetic reasoning, the overload check only (Baptiste, Le Pape & Nuijten 1999;
    /// Erschler & Lopez 1990), per scope of ``energyScopes``: in every interval [t1, t2) with
    /// t1 an earliest start and t2 a latest completion, the least energy each activity must
    /// spend inside on the scope's resources,
    /// `demand · max(0, min(t2 − t1, p, est + p − t1, t2 − lst))`, must fit in
    /// `capacity · (t2 − t1)`. While a mode is open the activity counts with its cheapest
    /// remaining mode for that interval (nothing when a mode lies outside the scope), which
    /// keeps the check valid.
    ///
    /// O(S·n³·M·K) per call for S scopes, n activities, M modes and K renewable resources.
    func energyFits(_ state: SearchState) -> Bool {
        for scope in energyScopes {
            var users: [Int] = []
            for activity in 0..<network.activityCount
            where state.shortest[activity] > 0
                && ModeBits(state.modeMask[activity]).allSatisfy({
                    demand(activity, $0, in: scope) > 0
                })
            {
                users.append(activity)
            }
            guard users.count > 1 else { continue }
            var starts = Set<Int>()
            var ends = Set<Int>()
            for activity in users {
                starts.insert(state.earliestStart[activity])
                ends.insert(state.latestCompletion[activity])
            }
            for lower in starts {
                for upper in ends where upper > lower {
                    let available = scope.capacity * (upper - lower)
                    var energy = 0
                    for activity in users {
                        energy += leastEnergy(state, activity, scope, from: lower, to: upper)
                        if energy > available { return false }
                    }
                }
            }
        }
        return true
    }

    /// The demand of `activity` in `mode` summed over the resources of `scope`.
    private func demand(_ activity: Int, _ mode: Int, in scope: EnergyScope) -> Int {
        scope.resources.reduce(0) { $0 + network.demand(activity, mode, $1) }
    }

    /// The least energy `activity` spends on the resources of `scope` inside `[lower, upper)`
    /// over its remaining modes: `demand · max(0, min(t2 − t1, p, est + p − t1, t2 − lct + p))`
    /// in the cheapest mode, O(M·K).
    private func leastEnergy(
        _ state: SearchState, _ activity: Int, _ scope: EnergyScope, from lower: Int, to upper: Int
    ) -> Int {
        var least = Int.max
        for mode in ModeBits(state.modeMask[activity]) {
            let duration = network.duration(activity, mode)
            let inside = min(
                upper - lower, duration, state.earliestStart[activity] + duration - lower,
                upper - (state.latestCompletion[activity] - duration))
            least = min(least, max(0, inside) * demand(activity, mode, in: scope))
            if least == 0 { return 0 }
        }
        return least == Int.max ? 0 : least
    }
}
