extension ClauseLearningSearch {
    /// Time-tabling on every renewable resource with pointwise explanations (Schutt et al.
    /// 2011, §4): the compulsory parts `[ub, lb + d)` make a profile; an overload at time t
    /// fails, explained by the parts covering t; an activity that cannot run across t with
    /// them moves past t, explained by those parts and the bound that makes it cover t.
    /// O(K·n·(n + d)) per call.
    mutating func propagateTimetable() -> Bool {
        for slot in demand.indices {
            guard propagateTimetable(slot) else { return false }
        }
        return true
    }

    private mutating func propagateTimetable(_ slot: Int) -> Bool {
        let use = demand[slot]
        let limit = capacity[slot]
        for time in 0...makespan { profile[time] = 0 }
        var hasParts = false
        for activity in use.indices where use[activity] > 0 {
            // The part as profiled: an activity's own part is left out when it is pushed.
            let (start, end) = (upper[activity], lower[activity] + duration[activity])
            partStart[activity] = start
            partEnd[activity] = end
            guard start < end else { continue }
            hasParts = true
            for time in start..<end {
                profile[time] += use[activity]
                if profile[time] > limit {
                    explainLoad(at: time, exceeding: limit, slot: slot, except: -1, upTo: activity)
                    conflict = explanation
                    return false
                }
            }
        }
        guard hasParts else { return true }
        for activity in use.indices
        where use[activity] > 0 && duration[activity] > 0 && lower[activity] < upper[activity] {
            let room = limit - use[activity]
            // Earliest start: past the latest overload within the first run.
            while lower[activity] < upper[activity] {
                let start = lower[activity]
                var time = start + duration[activity] - 1
                while time >= start, !exceeds(room, at: time, without: activity, slot: slot) {
                    time -= 1
                }
                guard time >= start else { break }
                explainLoad(at: time, exceeding: room, slot: slot, except: activity)
                explanation.append(.atLeast(activity, time + 1 - duration[activity]))
                guard enforce(.atLeast(activity, time + 1)) else { return false }
            }
            // Latest start: before the earliest overload within the last run.
            while lower[activity] < upper[activity] {
                let start = upper[activity]
                var time = start
                while time < start + duration[activity],
                    !exceeds(room, at: time, without: activity, slot: slot)
                {
                    time += 1
                }
                guard time < start + duration[activity] else { break }
                explainLoad(at: time, exceeding: room, slot: slot, except: activity)
                explanation.append(.atMost(activity, time))
                guard enforce(.atMost(activity, time - duration[activity])) else { return false }
            }
        }
        return true
    }

    /// Whether the profile at `time`, less `activity`'s own profiled part, leaves less than
    /// `room` on resource `slot` (`mutating` for speed, see ``ClauseLearningSearch``).
    private mutating func exceeds(_ room: Int, at time: Int, without activity: Int, slot: Int)
        -> Bool
    {
        let own =
            time >= partStart[activity] && time < partEnd[activity] ? demand[slot][activity] : 0
        return profile[time] - own > room
    }

    /// Sets ``explanation`` to profiled compulsory parts covering `time` (`[S ≤ t]` and
    /// `[S ≥ t + 1 − d]` for each) whose demands together exceed `threshold`, largest demands
    /// first so that the explanation stays short. Only activities up to `last` are profiled
    /// while the profile is being built.
    private mutating func explainLoad(
        at time: Int, exceeding threshold: Int, slot: Int, except excluded: Int,
        upTo last: Int = .max
    ) {
        explanation.removeAll(keepingCapacity: true)
        var load = 0
        for activity in byDemand[slot] where load <= threshold {
            guard activity != excluded, activity <= last, partStart[activity] <= time,
                time < partEnd[activity]
            else { continue }
            load += demand[slot][activity]
            explanation.append(.atMost(activity, time))
            explanation.append(.atLeast(activity, time + 1 - duration[activity]))
        }
    }
}
