extension ClauseLearningSearch {
    /// Runs every propagator to a fixpoint; `false`, with ``conflict`` set, on failure.
    mutating func propagate() -> Bool {
        while true {
            if propagationHead < trail.count {
                let key = trail[propagationHead].key
                propagationHead += 1
                guard propagateClauses(after: key), propagatePrecedences(after: key) else {
                    return false
                }
                continue
            }
            if pairHead < trail.count {
                let activity = trail[pairHead].key >> 1
                pairHead += 1
                for other in partners[activity] {
                    guard propagatePair(activity, other) else { return false }
                }
                continue
            }
            let settled = trail.count
            guard propagateTimetable() else { return false }
            if trail.count == settled { return true }
        }
    }

    /// Every pair of activities that can never overlap, once at the root (later changes reach
    /// the pairs of the activities they concern along the trail).
    mutating func propagateAllPairs() -> Bool {
        for first in partners.indices {
            for second in partners[first] where first < second {
                guard propagatePair(first, second) else { return false }
            }
        }
        return true
    }

    /// `S_to ≥ S_from + weight` both ways after a change of bound `key`.
    private mutating func propagatePrecedences(after key: Int) -> Bool {
        let activity = key >> 1
        if key & 1 == 0 {
            for arc in outgoing[activity] {
                explanation.removeAll(keepingCapacity: true)
                explanation.append(.atLeast(activity, lower[activity]))
                guard enforce(.atLeast(arc.to, lower[activity] + arc.weight)) else { return false }
            }
        } else {
            for arc in incoming[activity] {
                explanation.removeAll(keepingCapacity: true)
                explanation.append(.atMost(activity, upper[activity]))
                guard enforce(.atMost(arc.from, upper[activity] - arc.weight)) else { return false }
            }
        }
        return true
    }

    /// Detectable precedences (Vilím 2002) between two activities that can never overlap:
    /// once one cannot finish before the other starts, the other precedes it.
    private mutating func propagatePair(_ first: Int, _ second: Int) -> Bool {
        let firstCanPrecede = lower[first] + duration[first] <= upper[second]
        let secondCanPrecede = lower[second] + duration[second] <= upper[first]
        if firstCanPrecede && secondCanPrecede { return true }
        let (before, after) = firstCanPrecede ? (first, second) : (second, first)
        // Why `after` cannot precede `before`: S_after + d_after > S_before.
        let afterFrom = lower[after]
        let beforeUntil = afterFrom + duration[after] - 1
        if !firstCanPrecede && !secondCanPrecede {
            conflict = [
                .atLeast(after, afterFrom), .atMost(before, beforeUntil),
                .atLeast(before, lower[before]),
                .atMost(after, lower[before] + duration[before] - 1),
            ]
            return false
        }
        let earliestAfter = lower[before] + duration[before]
        if lower[after] < earliestAfter {
            explanation.removeAll(keepingCapacity: true)
            explanation.append(.atLeast(after, afterFrom))
            explanation.append(.atMost(before, beforeUntil))
            explanation.append(.atLeast(before, lower[before]))
            guard enforce(.atLeast(after, earliestAfter)) else { return false }
        }
        let latestBefore = upper[after] - duration[before]
        if upper[before] > latestBefore {
            explanation.removeAll(keepingCapacity: true)
            explanation.append(.atLeast(after, afterFrom))
            explanation.append(.atMost(before, beforeUntil))
            explanation.append(.atMost(after, upper[after]))
            guard enforce(.atMost(before, latestBefore)) else { return false }
        }
        return true
    }
}
