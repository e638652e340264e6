extension LiftedTask {
    /// `state` with the atoms of every derived predicate added, computed stratum by stratum to
    /// a fixpoint (the stratified semantics of PDDL 2.2; Thiébaux, Hoffmann & Nebel 2005).
    ///
    /// Naive bottom-up evaluation: per round every rule is tried for every binding of its
    /// head, O(rounds × rules × objects^arity × body). Without derived predicates it returns
    /// `state` unchanged.
    public func saturated(_ state: State) -> State {
        guard !derivedStrata.isEmpty else { return state }
        var result = state
        for stratum in derivedStrata {
            var changed = true
            while changed {
                changed = false
                for ruleIndex in stratum {
                    let rule = domain.derivedPredicates[ruleIndex]
                    var bindings: [Int] = []
                    var found: [GroundAtom] = []
                    forEachBinding(of: rule.parameters, from: 0, bindings: &bindings) { bindings in
                        let head = GroundAtom(predicate: rule.predicate, arguments: bindings)
                        if !result.atoms.contains(head)
                            && holds(rule.body, in: result, bindings: &bindings)
                        {
                            found.append(head)
                        }
                    }
                    for atom in found where result.atoms.insert(atom).inserted { changed = true }
                }
            }
        }
        return result
    }

    /// Groups the rules of `domain` into strata: a rule whose body uses derived predicate `q`
    /// negatively comes after every rule for `q`. Domains that are not stratifiable get one
    /// stratum per rule in the order written. O(rules² × body) at most.
    static func stratify(_ domain: Domain) -> [[Int]] {
        let rules = domain.derivedPredicates
        guard !rules.isEmpty else { return [] }
        var derived = Set<Int>()
        for rule in rules { derived.insert(rule.predicate) }
        var level = [Int: Int]()
        for predicate in derived { level[predicate] = 0 }
        var dependencies: [(head: Int, body: Int, negative: Bool)] = []
        for rule in rules {
            var uses: [(Int, Bool)] = []
            predicateUses(rule.body, positive: true, into: &uses)
            for (predicate, positive) in uses where derived.contains(predicate) {
                dependencies.append((rule.predicate, predicate, !positive))
            }
        }
        var changed = true
        var rounds = 0
        while changed && rounds <= derived.count + 1 {
            changed = false
            rounds += 1
            for dependency in dependencies {
                let required = (level[dependency.body] ?? 0) + (dependency.negative ? 1 : 0)
                if (level[dependency.head] ?? 0) < required {
                    level[dependency.head] = required
                    changed = true
                }
            }
        }
        if changed { return rules.indices.map { [$0] } }
        let maximum = level.values.max() ?? 0
        var strata = [[Int]](repeating: [], count: maximum + 1)
        for (index, rule) in rules.enumerated() {
            strata[level[rule.predicate] ?? 0].append(index)
        }
        return strata.filter { !$0.isEmpty }
    }

    /// The predicates `formula` uses, with whether each use is positive.
    private static func predicateUses(
        _ formula: Formula, positive: Bool, into uses: inout [(Int, Bool)]
    ) {
        switch formula.kind {
        case .atom(let atom): uses.append((atom.predicate, positive))
        case .equality, .comparison: break
        case .not(let inner): predicateUses(inner, positive: !positive, into: &uses)
        case .and(let parts), .or(let parts):
            for part in parts { predicateUses(part, positive: positive, into: &uses) }
        case .imply(let condition, let consequence):
            predicateUses(condition, positive: !positive, into: &uses)
            predicateUses(consequence, positive: positive, into: &uses)
        case .exists(_, _, let body), .forall(_, _, let body):
            predicateUses(body, positive: positive, into: &uses)
        }
    }
}
