extension ClauseLearningSearch {
    /// Runs every propagator to a fixpoint; `false`, with ``conflict`` set, on failure.
    func propagate() -> Bool {
        while true {
            while propagationHead < trail.count {
                let key = trail[propagationHead].key
                propagationHead += 1
                guard propagateClauses(after: key), propagatePrecedences(after: key) else {
                    return false
                }
            }
            let settled = trail.count
            guard propagatePairs(), propagateTimetable() else { return false }
            if trail.count == settled { return true }
        }
    }

    /// `S_to ≥ S_from + weight` both ways after a change of bound `key`.
    private func propagatePrecedences(after key: Int) -> Bool {
        let activity = key >> 1
        if key & 1 == 0 {
            for arc in outgoing[activity] {
                explanation = [.atLeast(activity, lower[activity])]
                guard enforce(.atLeast(arc.to, lower[activity] + arc.weight)) else { return false }
            }
        } else {
            for arc in incoming[activity] {
                explanation = [.atMost(activity, upper[activity])]
                guard enforce(.atMost(arc.from, upper[activity] - arc.weight)) else { return false }
            }
        }
        return true
    }

    /// Detectable precedences (Vilím 2002) between activities that can never overlap: once
    /// `first` cannot finish before `second` starts, `second` precedes `first`.
    private func propagatePairs() -> Bool {
        for (first, second) in pairs {
            let firstCanPrecede = lower[first] + duration[first] <= upper[second]
            let secondCanPrecede = lower[second] + duration[second] <= upper[first]
            if firstCanPrecede && secondCanPrecede { continue }
            let (before, after) = firstCanPrecede ? (first, second) : (second, first)
            // Why `after` cannot precede `before`: S_after + d_after > S_before.
            let cause: [BoundLiteral] = [
                .atLeast(after, lower[after]),
                .atMost(before, lower[after] + duration[after] - 1),
            ]
            if !firstCanPrecede && !secondCanPrecede {
                conflict =
                    cause + [
                        .atLeast(before, lower[before]),
                        .atMost(after, lower[before] + duration[before] - 1),
                    ]
                return false
            }
            explanation = cause + [.atLeast(before, lower[before])]
            guard enforce(.atLeast(after, lower[before] + duration[before])) else { return false }
            explanation = cause + [.atMost(after, upper[after])]
            guard enforce(.atMost(before, upper[after] - duration[before])) else { return false }
        }
        return true
    }
}
