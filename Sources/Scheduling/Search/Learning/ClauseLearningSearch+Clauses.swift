extension ClauseLearningSearch {
    /// Stores a learned clause (its first literal the asserting one, its second from the
    /// highest level below) and watches its first two literals.
    func addClause(_ clause: [BoundLiteral], quality: Int) {
        clauses.append(clause)
        clauseQuality.append(quality)
        watch(clauses.count - 1)
    }

    /// Registers clause `index` with the watch lists of its first two literals.
    private func watch(_ index: Int) {
        watchers[clauses[index][0].falsifiedBy].append(index)
        watchers[clauses[index][1].falsifiedBy].append(index)
    }

    /// Visits the clauses watching a literal that the bound change `key` may have falsified:
    /// each moves its watch, propagates its last open literal, or fails.
    func propagateClauses(after key: Int) -> Bool {
        var list = watchers[key]
        watchers[key] = []
        defer { watchers[key].append(contentsOf: list) }
        var kept = 0
        var position = 0
        while position < list.count {
            let index = list[position]
            position += 1
            // Move the watched literal that this change falsified to position 1.
            if clauses[index][0].falsifiedBy == key, isFalse(clauses[index][0]) {
                clauses[index].swapAt(0, 1)
            }
            let other = clauses[index][0]
            guard clauses[index][1].falsifiedBy == key, isFalse(clauses[index][1]), !isTrue(other)
            else {
                list[kept] = index
                kept += 1
                continue
            }
            var replacement: Int?
            for candidate in 2..<clauses[index].count where !isFalse(clauses[index][candidate]) {
                replacement = candidate
                break
            }
            if let replacement {
                clauses[index].swapAt(1, replacement)
                let moved = clauses[index][1].falsifiedBy
                if moved == key {
                    list[kept] = index
                    kept += 1
                } else {
                    watchers[moved].append(index)
                }
                continue
            }
            list[kept] = index
            kept += 1
            explanation = clauses[index].dropFirst().map(\.negation)
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
    func reduceClauses() {
        let limit = 2_000 + conflicts / 4
        guard clauses.count > limit else { return }
        let order = clauses.indices.sorted {
            (clauseQuality[$0], -$0) < (clauseQuality[$1], -$1)
        }
        let kept =
            (order.prefix(limit / 2)
            + order.dropFirst(limit / 2).filter {
                clauseQuality[$0] <= 2
            }).sorted()
        clauses = kept.map { clauses[$0] }
        clauseQuality = kept.map { clauseQuality[$0] }
        for key in watchers.indices { watchers[key].removeAll(keepingCapacity: true) }
        for index in clauses.indices { watch(index) }
    }
}
