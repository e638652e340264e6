extension ConstraintBranchAndBound {
    /// Narrows `state` to a fixpoint of all propagators; `false` when a domain empties.
    func propagate(_ state: inout SearchState) -> Bool {
        var changed = true
        while changed {
            changed = false
            guard propagateTemporal(&state), filterModes(&state, changed: &changed),
                propagateDisjunctivePairs(&state, changed: &changed),
                propagateEdgeFinding(&state, changed: &changed),
                propagateTimetable(&state, changed: &changed)
            else { return false }
        }
        for activity in 0..<network.activityCount
        where state.isPostponed[activity]
            && state.earliestStart[activity] > state.postponedAt[activity]
        {
            state.isPostponed[activity] = false
        }
        return true
    }

    /// Bounds over the precedence arcs until nothing moves; fails on an empty window.
    private func propagateTemporal(_ state: inout SearchState) -> Bool {
        var moved = true
        var rounds = 0
        while moved {
            moved = false
            rounds += 1
            for arc in minimumArcs {
                let earliest = state.earliestStart[arc.from] + state.shortest[arc.from] + arc.lag
                if state.raiseEarliestStart(arc.to, to: earliest) { moved = true }
                let latest = state.latestCompletion[arc.to] - state.shortest[arc.to] - arc.lag
                if state.lowerLatestCompletion(arc.from, to: latest) { moved = true }
            }
            for arc in maximumArcs {
                // S_to ≤ F_from + lag.
                let earliest = state.earliestStart[arc.to] - arc.lag - state.longest[arc.from]
                if state.raiseEarliestStart(arc.from, to: earliest) { moved = true }
                let latest = state.latestCompletion[arc.from] + arc.lag + state.longest[arc.to]
                if state.lowerLatestCompletion(arc.to, to: latest) { moved = true }
            }
            for activity in 0..<network.activityCount
            where state.earliestStart[activity] + state.shortest[activity]
                > state.latestCompletion[activity]
            {
                return false
            }
            // Windows only shrink, so a positive cycle empties one within `horizon` rounds.
            if rounds > horizon + network.activityCount + 1 { return false }
        }
        return true
    }

    /// Drops modes that no longer fit the window or the non-renewable budgets.
    private func filterModes(_ state: inout SearchState, changed: inout Bool) -> Bool {
        let budgets = network.nonRenewable
        var spare = budgets.map { network.capacity[$0] }
        for activity in 0..<network.activityCount {
            for (slot, resource) in budgets.enumerated() {
                spare[slot] -= leastDemand(state, activity, resource)
            }
        }
        if spare.contains(where: { $0 < 0 }) { return false }
        for activity in 0..<network.activityCount where !state.hasSingleMode(activity) {
            var kept = state.modeMask[activity]
            let window = state.latestCompletion[activity] - state.earliestStart[activity]
            for mode in ModeBits(kept) {
                var fits =
                    network.duration(activity, mode) <= window
                    && network.renewable.allSatisfy {
                        network.demand(activity, mode, $0) <= network.capacity[$0]
                    }
                for (slot, resource) in budgets.enumerated() where fits {
                    let extra =
                        network.demand(activity, mode, resource)
                        - leastDemand(state, activity, resource)
                    if extra > spare[slot] { fits = false }
                }
                if !fits { kept &= ~(1 << UInt64(mode)) }
            }
            guard restrictModes(&state, activity, to: kept, changed: &changed) else { return false }
        }
        return true
    }

    /// Orders pairs that cannot overlap once one order is impossible: the pairs that clash in
    /// every mode, and the pairs of ``modeDependentPairs`` whose remaining modes all clash.
    private func propagateDisjunctivePairs(_ state: inout SearchState, changed: inout Bool) -> Bool
    {
        for (first, second) in disjunctivePairs {
            guard order(first, second, &state, changed: &changed) else { return false }
        }
        for (first, second) in modeDependentPairs {
            for resource in network.renewable
            where leastDemand(state, first, resource) + leastDemand(state, second, resource)
                > network.capacity[resource]
            {
                guard order(first, second, &state, changed: &changed) else { return false }
                break
            }
        }
        return true
    }

    /// Detectable precedence between two activities that cannot overlap (Vilím 2002): when one
    /// order is impossible the other is imposed; `false` when both are.
    private func order(
        _ first: Int, _ second: Int, _ state: inout SearchState, changed: inout Bool
    ) -> Bool {
        let firstCanPrecede =
            state.earliestStart[first] + state.shortest[first] <= state.latestStart(second)
        let secondCanPrecede =
            state.earliestStart[second] + state.shortest[second] <= state.latestStart(first)
        if firstCanPrecede && secondCanPrecede { return true }
        if !firstCanPrecede && !secondCanPrecede { return false }
        let (before, after) = firstCanPrecede ? (first, second) : (second, first)
        let earliest = state.earliestStart[before] + state.shortest[before]
        if state.raiseEarliestStart(after, to: earliest) { changed = true }
        let latest = state.latestStart(after)
        if state.lowerLatestCompletion(before, to: latest) { changed = true }
        return state.earliestStart[after] + state.shortest[after] <= state.latestCompletion[after]
            && state.earliestStart[before] + state.shortest[before]
                <= state.latestCompletion[before]
    }

    /// Time-tabling: builds the compulsory-part profile of every renewable resource (an
    /// activity whose mode is open contributes `[lct − shortest, est + shortest)` with its
    /// least demand), fails on overload, pushes single-mode activities out of the times where
    /// they cannot fit and drops the modes of open activities that fit nowhere.
    private func propagateTimetable(_ state: inout SearchState, changed: inout Bool) -> Bool {
        let renewable = timetabledResources
        guard !renewable.isEmpty else { return true }
        let span = (state.latestCompletion.max() ?? 0) + 1
        let needed = renewable.count * span
        if profile.count < needed { profile = [Int](repeating: 0, count: needed) }
        for index in 0..<needed { profile[index] = 0 }
        for activity in 0..<network.activityCount {
            let lower = state.latestStart(activity)
            let upper = state.earliestStart[activity] + state.shortest[activity]
            guard lower < upper else { continue }
            for (slot, resource) in renewable.enumerated() {
                let demand = leastDemand(state, activity, resource)
                if demand == 0 { continue }
                let row = slot * span
                let capacity = network.capacity[resource]
                for time in lower..<upper {
                    profile[row + time] += demand
                    if profile[row + time] > capacity { return false }
                }
            }
        }
        for activity in 0..<network.activityCount
        where state.hasSingleMode(activity) && !state.isFixed[activity] {
            let duration = state.shortest[activity]
            if duration == 0 { continue }
            let flat = network.flatMode(activity, state.mode(activity)) * network.resourceCount
            var start = state.earliestStart[activity]
            var finish = state.latestCompletion[activity]
            let ownLower = state.latestStart(activity)
            let ownUpper = start + duration
            for (slot, resource) in renewable.enumerated() {
                let demand = network.modeDemand[flat + resource]
                if demand == 0 { continue }
                let row = slot * span
                let limit = network.capacity[resource] - demand
                func load(_ time: Int) -> Int {
                    let own = (time >= ownLower && time < ownUpper) ? demand : 0
                    return profile[row + time] - own
                }
                var time = start
                while time < start + duration {
                    if start + duration > finish { return false }
                    if load(time) > limit {
                        start = time + 1
                    }
                    time += 1
                }
                time = finish - 1
                while time >= finish - duration {
                    if finish - duration < start { return false }
                    if load(time) > limit {
                        finish = time
                    }
                    time -= 1
                }
            }
            if state.raiseEarliestStart(activity, to: start) { changed = true }
            if state.lowerLatestCompletion(activity, to: finish) { changed = true }
            if start + duration > finish { return false }
        }
        for activity in 0..<network.activityCount where !state.hasSingleMode(activity) {
            guard
                filterModesByTimetable(
                    &state, activity, resources: renewable, span: span, changed: &changed)
            else { return false }
        }
        return true
    }

    /// For an activity whose mode is open: drops the modes that find no window of their
    /// duration in `[est, lct)` where every renewable demand fits beside the profile (less the
    /// activity's own compulsory part), and narrows the window to the earliest start and
    /// latest completion over the modes that remain. O(M·K·(lct − est)).
    private func filterModesByTimetable(
        _ state: inout SearchState, _ activity: Int, resources: [Int], span: Int,
        changed: inout Bool
    ) -> Bool {
        let windowStart = state.earliestStart[activity]
        let windowEnd = state.latestCompletion[activity]
        let ownLower = state.latestStart(activity)
        let ownUpper = windowStart + state.shortest[activity]
        func fits(_ time: Int, _ mode: Int) -> Bool {
            for (slot, resource) in resources.enumerated() {
                let demand = network.demand(activity, mode, resource)
                if demand == 0 { continue }
                let own =
                    (time >= ownLower && time < ownUpper)
                    ? leastDemand(state, activity, resource) : 0
                if profile[slot * span + time] - own + demand > network.capacity[resource] {
                    return false
                }
            }
            return true
        }
        var kept = state.modeMask[activity]
        var earliest = Int.max
        var latest = Int.min
        for mode in ModeBits(kept) {
            let duration = network.duration(activity, mode)
            if duration == 0 {
                earliest = min(earliest, windowStart)
                latest = max(latest, windowEnd)
                continue
            }
            var start: Int?
            var run = 0
            var time = windowStart
            while time < windowEnd {
                run = fits(time, mode) ? run + 1 : 0
                time += 1
                if run >= duration {
                    start = time - duration
                    break
                }
            }
            guard let first = start else {
                kept &= ~(1 << UInt64(mode))
                continue
            }
            var finish = windowEnd
            run = 0
            time = windowEnd - 1
            while time >= first {
                run = fits(time, mode) ? run + 1 : 0
                if run >= duration {
                    finish = time + duration
                    break
                }
                time -= 1
            }
            earliest = min(earliest, first)
            latest = max(latest, finish)
        }
        guard restrictModes(&state, activity, to: kept, changed: &changed) else { return false }
        if state.raiseEarliestStart(activity, to: earliest) { changed = true }
        if state.lowerLatestCompletion(activity, to: latest) { changed = true }
        return true
    }

    /// The least demand of `activity` on `resource` over its remaining modes, O(1).
    func leastDemand(_ state: SearchState, _ activity: Int, _ resource: Int) -> Int {
        state.leastDemand[activity * network.resourceCount + resource]
    }
}
