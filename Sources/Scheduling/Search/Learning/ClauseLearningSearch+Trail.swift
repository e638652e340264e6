extension ClauseLearningSearch {
    /// Whether `literal` holds in the current domains (`mutating` for speed, see
    /// ``ClauseLearningSearch``).
    mutating func isTrue(_ literal: BoundLiteral) -> Bool {
        literal.isUpper
            ? upper[literal.activity] <= literal.value : lower[literal.activity] >= literal.value
    }

    /// Whether `literal` can no longer hold (`mutating` for speed, as ``isTrue(_:)``).
    mutating func isFalse(_ literal: BoundLiteral) -> Bool {
        literal.isUpper
            ? lower[literal.activity] > literal.value : upper[literal.activity] < literal.value
    }

    /// Makes `literal` true, explained by ``explanation`` (literals that hold now); `false`, with
    /// ``conflict`` set, when the domain empties.
    @discardableResult
    mutating func enforce(_ literal: BoundLiteral) -> Bool {
        let activity = literal.activity
        let key = literal.bound
        let previous = literal.isUpper ? upper[activity] : lower[activity]
        if isTrue(literal) { return true }
        if isFalse(literal) {
            conflict = explanation
            conflict.append(
                literal.isUpper
                    ? .atLeast(activity, lower[activity]) : .atMost(activity, upper[activity]))
            return false
        }
        let start = reasons.count
        if level > 0 { reasons.append(contentsOf: explanation) }
        trail.append(
            Change(
                key: key, previous: previous, value: literal.value, level: level,
                earlier: lastChange[key], reasonStart: start, reasonEnd: reasons.count))
        lastChange[key] = trail.count - 1
        if literal.isUpper {
            upper[activity] = literal.value
        } else {
            lower[activity] = literal.value
        }
        return true
    }

    /// Undoes every change above decision level `target`.
    mutating func backtrack(to target: Int) {
        guard target < level else { return }
        let first = levelStarts[target]
        while trail.count > first {
            let change = trail.removeLast()
            if change.key & 1 == 1 {
                upper[change.key >> 1] = change.previous
            } else {
                lower[change.key >> 1] = change.previous
            }
            lastChange[change.key] = change.earlier
        }
        reasons.removeLast(reasons.count - (trail.last.map(\.reasonEnd) ?? 0))
        levelStarts.removeLast(levelStarts.count - target)
        propagationHead = min(propagationHead, trail.count)
        pairHead = min(pairHead, trail.count)
    }

    /// The trail entry that made `literal` (which holds) true, or `nil` when it held in the
    /// root domains or became true at decision level 0.
    func change(implying literal: BoundLiteral) -> Int? {
        var index = lastChange[literal.bound]
        while index >= 0 {
            let change = trail[index]
            let heldBefore =
                literal.isUpper
                ? change.previous <= literal.value : change.previous >= literal.value
            if !heldBefore { return change.level > 0 ? index : nil }
            index = change.earlier
        }
        return nil
    }

    /// Conflict analysis to the first unique implication point: learns the nogood, backjumps
    /// and asserts its negated UIP literal. `false` when the conflict holds at the root (the
    /// makespan is refuted).
    mutating func learnFromConflict() -> Bool {
        // The entries that made the conflict's literals true (still on the trail after the
        // backtrack below, which keeps their levels).
        // (A loop, not a closure: a closure over the search would copy it.)
        var causes: [(literal: BoundLiteral, index: Int)] = []
        var conflictLevel = 0
        for literal in conflict {
            guard let index = change(implying: literal) else { continue }
            causes.append((literal, index))
            conflictLevel = max(conflictLevel, trail[index].level)
        }
        guard conflictLevel > 0 else { return false }
        backtrack(to: conflictLevel)
        // Per trail entry reached: the strongest value of its bound the conflict needs
        // (`Int.min` where none), reset for the entries in `reached` once the nogood is built.
        if needed.count < trail.count {
            needed.append(contentsOf: repeatElement(Int.min, count: trail.count - needed.count))
        }
        var reached: [Int] = []
        var below: [Int] = []
        var pending = 0
        func require(_ literal: BoundLiteral, madeTrueBy index: Int?) {
            guard let index else { return }
            if needed[index] != Int.min {
                needed[index] =
                    literal.isUpper
                    ? min(needed[index], literal.value) : max(needed[index], literal.value)
                return
            }
            needed[index] = literal.value
            reached.append(index)
            bump(literal.activity)
            if trail[index].level == conflictLevel { pending += 1 } else { below.append(index) }
        }
        for (literal, index) in causes { require(literal, madeTrueBy: index) }
        var index = trail.count - 1
        var uip = index
        while true {
            while needed[index] == Int.min || trail[index].level != conflictLevel { index -= 1 }
            pending -= 1
            if pending == 0 {
                uip = index
                break
            }
            let change = trail[index]
            for literal in reasons[change.reasonStart..<change.reasonEnd] {
                require(literal, madeTrueBy: self.change(implying: literal))
            }
            index -= 1
        }
        func literal(_ index: Int) -> BoundLiteral {
            let change = trail[index]
            return BoundLiteral(
                activity: change.key >> 1, isUpper: change.key & 1 == 1, value: needed[index])
        }
        // The nogood: not all of UIP and `below` hold; as a clause, their negations.
        let asserting = literal(uip).negation
        var clause = [asserting]
        var backjump = 0
        var levels = Set<Int>()
        for entry in below.sorted(by: { trail[$0].level > trail[$1].level }) {
            clause.append(literal(entry).negation)
            backjump = max(backjump, trail[entry].level)
            levels.insert(trail[entry].level)
        }
        for index in reached { needed[index] = Int.min }
        decayScores()
        backtrack(to: backjump)
        explanation = clause.dropFirst().map(\.negation)
        if clause.count > 1 { addClause(clause, quality: levels.count + 1) }
        return enforce(asserting) || learnFromConflict()
    }

    private mutating func bump(_ activity: Int) {
        score[activity] += scoreIncrement
        if score[activity] > 1e100 {
            for index in score.indices { score[index] *= 1e-100 }
            scoreIncrement *= 1e-100
        }
    }

    private mutating func decayScores() { scoreIncrement /= 0.95 }
}
