extension LiftedTask {
    /// Adds what `formula` reads under `bindings` to `reads`: every atom it mentions and every
    /// function value its comparisons use, for every instantiation of its quantifiers
    /// (O(objects^variables) per quantifier). Derived atoms count as read; what they are
    /// derived from does not.
    public func collectReads(of formula: Formula, bindings: inout [Int], into reads: inout ReadSet)
    {
        switch formula.kind {
        case .atom(let atom):
            reads.atoms.insert(ground(atom, bindings))
        case .equality:
            break
        case .not(let inner):
            collectReads(of: inner, bindings: &bindings, into: &reads)
        case .and(let parts), .or(let parts):
            for part in parts { collectReads(of: part, bindings: &bindings, into: &reads) }
        case .imply(let condition, let consequence):
            collectReads(of: condition, bindings: &bindings, into: &reads)
            collectReads(of: consequence, bindings: &bindings, into: &reads)
        case .exists(let first, let variables, let body),
            .forall(let first, let variables, let body):
            forEachBinding(of: variables, from: first, bindings: &bindings) { bindings in
                collectReads(of: body, bindings: &bindings, into: &reads)
            }
        case .comparison(_, let lhs, let rhs):
            collectReads(of: lhs, bindings: bindings, into: &reads)
            collectReads(of: rhs, bindings: bindings, into: &reads)
        }
    }

    /// Adds what `effect` reads under `bindings` to `reads`: the conditions of its `when`
    /// parts and the function values its numeric updates compute with (not the values they
    /// update).
    public func collectReads(of effect: Effect, bindings: inout [Int], into reads: inout ReadSet) {
        switch effect.kind {
        case .and(let parts):
            for part in parts { collectReads(of: part, bindings: &bindings, into: &reads) }
        case .forall(let first, let variables, let body):
            forEachBinding(of: variables, from: first, bindings: &bindings) { bindings in
                collectReads(of: body, bindings: &bindings, into: &reads)
            }
        case .when(let condition, let body):
            collectReads(of: condition, bindings: &bindings, into: &reads)
            collectReads(of: body, bindings: &bindings, into: &reads)
        case .add, .delete:
            break
        case .numeric(_, _, let amount):
            collectReads(of: amount, bindings: bindings, into: &reads)
        }
    }

    /// Adds the function values `expression` uses under `bindings` to `reads`.
    public func collectReads(
        of expression: NumericExpression, bindings: [Int], into reads: inout ReadSet
    ) {
        switch expression.kind {
        case .number, .duration, .totalTime:
            break
        case .function(let term):
            reads.values.insert(key(term, bindings))
        case .binary(_, let lhs, let rhs):
            collectReads(of: lhs, bindings: bindings, into: &reads)
            collectReads(of: rhs, bindings: bindings, into: &reads)
        case .negation(let inner):
            collectReads(of: inner, bindings: bindings, into: &reads)
        }
    }
}
