extension ClauseLearningSearch {
    /// The literals of learned clause `index`: `clauseLiterals[range]`.
    func literals(of index: Int) -> Range<Int> {
        let end = index + 1 < clauseStart.count ? clauseStart[index + 1] : clauseLiterals.count
        return clauseStart[index]..<end
    }

    /// Stores a learned clause (its first literal the asserting one, its second from the
    /// highest level below) and watches its first two literals.
    mutating func addClause(_ clause: [BoundLiteral], quality: Int) {
        clauseStart.append(clauseLiterals.count)
        clauseLiterals.append(contentsOf: clause)
        clauseQuality.append(quality)
        watch(clauseStart.count - 1)
    }

    /// Registers clause `index` with the watch lists of its first two literals.
    private mutating func watch(_ index: Int) {
        let first = clauseStart[index]
        for literal in clauseLiterals[first...first + 1] {
            watchers[literal.falsifiedBy].append(Watch(clause: index, value: literal.value))
        }
    }

    /// Visits the clauses watching a literal that the bound change `key` may have falsified:
    /// each moves its watch, propagates its last open literal, or fails.
    mutating func propagateClauses(after key: Int) -> Bool {
        var list = watchers[key]
        watchers[key] = []
        defer {
            if watchers[key].isEmpty {
                watchers[key] = list
            } else {
                watchers[key].append(contentsOf: list)
            }
        }
        // The watched literals of this key: `[S ≤ v]` for a lower bound change, `[S ≥ v]` for
        // an upper one.
        let activity = key >> 1
        let watchesUpper = key & 1 == 0
        var kept = 0
        var position = 0
        while position < list.count {
            let watch = list[position]
            position += 1
            let stillOpen =
                watchesUpper ? lower[activity] <= watch.value : upper[activity] >= watch.value
            guard !stillOpen else {
                list[kept] = watch
                kept += 1
                continue
            }
            let range = literals(of: watch.clause)
            let (first, second) = (range.lowerBound, range.lowerBound + 1)
            // The falsified watched literal goes to the second position.
            if clauseLiterals[first].falsifiedBy == key, clauseLiterals[first].value == watch.value
            {
                clauseLiterals.swapAt(first, second)
            }
            let other = clauseLiterals[first]
            if isTrue(other) {
                list[kept] = watch
                kept += 1
                continue
            }
            var replacement = second + 1
            while replacement < range.upperBound, isFalse(clauseLiterals[replacement]) {
                replacement += 1
            }
            if replacement < range.upperBound {
                clauseLiterals.swapAt(second, replacement)
                let moved = clauseLiterals[second]
                let entry = Watch(clause: watch.clause, value: moved.value)
                if moved.falsifiedBy == key {
                    list[kept] = entry
                    kept += 1
                } else {
                    watchers[moved.falsifiedBy].append(entry)
                }
                continue
            }
            list[kept] = watch
            kept += 1
            explanation.removeAll(keepingCapacity: true)
            for literal in second..<range.upperBound {
                explanation.append(clauseLiterals[literal].negation)
            }
            if !enforce(other) {
                while position < list.count {
                    list[kept] = list[position]
                    kept += 1
                    position += 1
                }
                list.removeLast(list.count - kept)
                return false
            }
        }
        list.removeLast(list.count - kept)
        return true
    }

    /// At a restart (decision level 0): above a limit that grows with the conflicts, keeps the
    /// clauses of literal block distance at most 2 and the better half of the rest.
    mutating func reduceClauses() {
        let limit = 2_000 + conflicts / 4
        guard clauseStart.count > limit else { return }
        let order = clauseStart.indices.sorted {
            (clauseQuality[$0], -$0) < (clauseQuality[$1], -$1)
        }
        let kept =
            (order.prefix(limit / 2)
            + order.dropFirst(limit / 2).filter {
                clauseQuality[$0] <= 2
            }).sorted()
        var literals: [BoundLiteral] = []
        var starts: [Int] = []
        for index in kept {
            starts.append(literals.count)
            literals.append(contentsOf: clauseLiterals[self.literals(of: index)])
        }
        clauseLiterals = literals
        clauseStart = starts
        clauseQuality = kept.map { clauseQuality[$0] }
        for key in watchers.indices { watchers[key].removeAll(keepingCapacity: true) }
        for index in clauseStart.indices { watch(index) }
    }
}
