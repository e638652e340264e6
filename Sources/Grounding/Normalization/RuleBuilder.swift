import PDDL

/// Builds the relaxed-reachability Datalog program of a domain: one rule per action
/// (its parameters reachable when the positive atoms of its top-level precondition
/// conjunction are) and one rule per add effect (the atom is reachable when the action's
/// and the effect condition's top-level positive atoms are). Negations, disjunctions and
/// quantified subformulas are left out of rule bodies, which over-approximates reachability
/// (they are checked exactly when operators are instantiated).
struct RuleBuilder {
    let domain: Domain
    let universe: ObjectUniverse

    /// The rules for `schemas`.
    func rules(for schemas: [ActionSchema]) -> [Rule] {
        var rules: [Rule] = []
        for (index, schema) in schemas.enumerated() {
            let scope = schema.scopeSize
            var types = [[Int]](repeating: [TypeHierarchy.object], count: scope)
            for (position, parameter) in schema.parameters.enumerated() {
                types[position] = parameter.types
            }
            var known = Set(0..<schema.parameters.count)
            var core: [RuleAtom] = []
            collectCore(schema.precondition, known: known, into: &core)
            rules.append(
                makeRule(
                    types: types, body: core, enumerated: Array(0..<schema.parameters.count),
                    head: .action(index)))
            collectEffectRules(
                schema.effect, types: &types, known: &known, body: core, into: &rules)
        }
        return rules
    }

    private func makeRule(types: [[Int]], body: [RuleAtom], enumerated: [Int], head: Rule.Head)
        -> Rule
    {
        var allowed: [[Bool]] = []
        var candidates: [[Int32]] = []
        var cache: [[Int]: Int] = [:]
        for variableTypes in types {
            if let cached = cache[variableTypes] {
                allowed.append(allowed[cached])
                candidates.append(candidates[cached])
                continue
            }
            cache[variableTypes] = allowed.count
            let objects = universe.objects(ofTypes: variableTypes)
            var membership = [Bool](repeating: false, count: universe.count)
            for object in objects { membership[Int(object)] = true }
            allowed.append(membership)
            candidates.append(objects)
        }
        return Rule(
            variableCount: types.count, allowed: allowed, candidates: candidates, body: body,
            enumerated: enumerated, head: head)
    }

    private func encode(_ term: Term) -> Int32 {
        switch term {
        case .variable(let index): return Int32(index)
        case .constant(let index): return RuleAtom.object(Int32(index))
        case .object(let index): return RuleAtom.object(Int32(domain.constants.count + index))
        }
    }

    private func collectCore(_ formula: Formula, known: Set<Int>, into core: inout [RuleAtom]) {
        switch formula.kind {
        case .atom(let atom):
            let usesOnlyKnown = atom.arguments.allSatisfy { term in
                if case .variable(let index) = term { return known.contains(index) }
                return true
            }
            if usesOnlyKnown {
                core.append(RuleAtom(predicate: atom.predicate, terms: atom.arguments.map(encode)))
            }
        case .and(let parts):
            for part in parts { collectCore(part, known: known, into: &core) }
        default:
            break
        }
    }

    private func collectEffectRules(
        _ effect: Effect, types: inout [[Int]], known: inout Set<Int>, body: [RuleAtom],
        into rules: inout [Rule]
    ) {
        switch effect.kind {
        case .and(let parts):
            for part in parts {
                collectEffectRules(part, types: &types, known: &known, body: body, into: &rules)
            }
        case .forall(let first, let variables, let inner):
            let saved = (types, known)
            for (offset, variable) in variables.enumerated() {
                types[first + offset] = variable.types
                known.insert(first + offset)
            }
            collectEffectRules(inner, types: &types, known: &known, body: body, into: &rules)
            (types, known) = saved
        case .when(let condition, let inner):
            var extended = body
            collectCore(condition, known: known, into: &extended)
            collectEffectRules(inner, types: &types, known: &known, body: extended, into: &rules)
        case .add(let atom):
            let head = RuleAtom(predicate: atom.predicate, terms: atom.arguments.map(encode))
            let headVariables = Array(Set(head.terms.filter { $0 >= 0 }.map(Int.init))).sorted()
            rules.append(
                makeRule(types: types, body: body, enumerated: headVariables, head: .atom(head)))
        case .delete, .numeric:
            break
        }
    }
}
