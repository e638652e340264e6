extension ConstraintBranchAndBound {
    /// Energetic reasoning, the overload check only (Baptiste, Le Pape & Nuijten 1999;
    /// Erschler & Lopez 1990): in every interval [t1, t2) with t1 an earliest start and t2 a
    /// latest completion, the least energy each activity must spend inside,
    /// `demand · max(0, min(t2 − t1, p, est + p − t1, t2 − lst))`, must fit in
    /// `capacity · (t2 − t1)`. Shortest durations and least demands keep it valid before
    /// modes are fixed.
    ///
    /// O(K·n³) per call for n activities and K renewable resources.
    func energyFits(_ state: SearchState) -> Bool {
        let count = network.activityCount
        for resource in network.renewable {
            var users: [Int] = []
            var demand: [Int] = []
            for activity in 0..<count {
                var least = Int.max
                var mask = state.modeMask[activity]
                while mask != 0 {
                    let mode = mask.trailingZeroBitCount
                    mask &= mask - 1
                    least = min(least, network.demand(activity, mode, resource))
                }
                if least > 0 && least != Int.max && state.shortest[activity] > 0 {
                    users.append(activity)
                    demand.append(least)
                }
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
                    for (slot, activity) in users.enumerated() {
                        let duration = state.shortest[activity]
                        let inside = min(
                            length, duration,
                            state.earliestStart[activity] + duration - lower,
                            upper - (state.latestCompletion[activity] - duration))
                        if inside > 0 {
                            energy += demand[slot] * inside
                            if energy > available { return false }
                        }
                    }
                }
            }
        }
        return true
    }
}
