extension ConstraintBranchAndBound {
    /// Energetic reasoning, the overload check only (Baptiste, Le Pape & Nuijten 1999;
    /// Erschler & Lopez 1990): in every interval [t1, t2) with t1 an earliest start and t2 a
    /// latest completion, the least energy each activity must spend inside,
    /// `demand · max(0, min(t2 − t1, p, est + p − t1, t2 − lst))`, must fit in
    /// `capacity · (t2 − t1)`. While a mode is open the activity counts with its cheapest
    /// remaining mode for that interval, which keeps the check valid.
    ///
    /// O(K·n³·M) per call for n activities, M modes and K renewable resources.
    func energyFits(_ state: SearchState) -> Bool {
        let count = network.activityCount
        for resource in network.renewable {
            var users: [Int] = []
            for activity in 0..<count
            where state.shortest[activity] > 0 && leastDemand(state, activity, resource) > 0 {
                users.append(activity)
            }
            guard users.count > 1 else { continue }
            let capacity = network.capacity[resource]
            var starts = Set<Int>()
            var ends = Set<Int>()
            for activity in users {
                starts.insert(state.earliestStart[activity])
                ends.insert(state.latestCompletion[activity])
            }
            for lower in starts {
                for upper in ends where upper > lower {
                    let length = upper - lower
                    let available = capacity * length
                    var energy = 0
                    for activity in users {
                        energy += leastEnergy(state, activity, resource, from: lower, to: upper)
                        if energy > available { return false }
                    }
                }
            }
        }
        return true
    }

    /// The least energy `activity` spends on `resource` inside `[lower, upper)` over its
    /// remaining modes: `demand · max(0, min(t2 − t1, p, est + p − t1, t2 − lct + p))` in the
    /// cheapest mode, O(M).
    private func leastEnergy(
        _ state: SearchState, _ activity: Int, _ resource: Int, from lower: Int, to upper: Int
    ) -> Int {
        var least = Int.max
        for mode in ModeBits(state.modeMask[activity]) {
            let duration = network.duration(activity, mode)
            let inside = min(
                upper - lower, duration, state.earliestStart[activity] + duration - lower,
                upper - (state.latestCompletion[activity] - duration))
            least = min(least, max(0, inside) * network.demand(activity, mode, resource))
            if least == 0 { return 0 }
        }
        return least == Int.max ? 0 : least
    }
}
