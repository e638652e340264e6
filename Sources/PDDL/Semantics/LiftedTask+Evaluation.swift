extension LiftedTask {
    /// Whether `formula` holds in `state` with the scope's variables bound to `bindings`.
    ///
    /// `state` must already hold the derived atoms (see ``saturated(_:)``). Quantifiers range
    /// over the objects of the variables' types: O(objects^variables) per quantifier.
    /// Comparisons with an undefined function value are false.
    public func holds(_ formula: Formula, in state: State, bindings: inout [Int]) -> Bool {
        switch formula.kind {
        case .atom(let atom):
            return state.atoms.contains(ground(atom, bindings))
        case .equality(let lhs, let rhs):
            return resolve(lhs, bindings) == resolve(rhs, bindings)
        case .not(let inner):
            return !holds(inner, in: state, bindings: &bindings)
        case .and(let parts):
            return parts.allSatisfy { holds($0, in: state, bindings: &bindings) }
        case .or(let parts):
            return parts.contains { holds($0, in: state, bindings: &bindings) }
        case .imply(let condition, let consequence):
            return !holds(condition, in: state, bindings: &bindings)
                || holds(consequence, in: state, bindings: &bindings)
        case .exists(let first, let variables, let body):
            return someBinding(of: variables, from: first, bindings: &bindings) { bindings in
                holds(body, in: state, bindings: &bindings)
            }
        case .forall(let first, let variables, let body):
            return !someBinding(of: variables, from: first, bindings: &bindings) { bindings in
                !holds(body, in: state, bindings: &bindings)
            }
        case .comparison(let comparison, let lhs, let rhs):
            guard let left = value(of: lhs, in: state, bindings: bindings),
                let right = value(of: rhs, in: state, bindings: bindings)
            else { return false }
            return comparison.holds(left, right)
        }
    }

    /// Whether `test` holds for some assignment of objects to `variables`, which take scope
    /// indices `first…`; `bindings` is restored afterwards.
    func someBinding(
        of variables: [TypedVariable], from first: Int, bindings: inout [Int],
        _ test: (inout [Int]) -> Bool
    ) -> Bool {
        let saved = bindings.count
        if bindings.count < first + variables.count {
            bindings.append(
                contentsOf: repeatElement(-1, count: first + variables.count - bindings.count))
        }
        defer { bindings.removeSubrange(saved...) }
        let domains = variables.map { objects(ofTypes: $0.types) }
        if domains.contains(where: \.isEmpty) { return false }
        var choice = [Int](repeating: 0, count: variables.count)
        while true {
            for (index, objects) in domains.enumerated() {
                bindings[first + index] = objects[choice[index]]
            }
            if test(&bindings) { return true }
            var position = variables.count - 1
            while position >= 0 {
                choice[position] += 1
                if choice[position] < domains[position].count { break }
                choice[position] = 0
                position -= 1
            }
            if position < 0 { return false }
        }
    }

    /// Calls `body` for every assignment of objects to `variables` (scope indices `first…`).
    func forEachBinding(
        of variables: [TypedVariable], from first: Int, bindings: inout [Int],
        _ body: (inout [Int]) -> Void
    ) {
        _ = someBinding(of: variables, from: first, bindings: &bindings) { bindings in
            body(&bindings)
            return false
        }
    }

    /// The value of `expression`, nil when it reads an undefined function (or `?duration`
    /// without a `duration`).
    public func value(
        of expression: NumericExpression, in state: State, bindings: [Int],
        duration: Double? = nil, totalTime: Double? = nil
    ) -> Double? {
        switch expression.kind {
        case .number(let value): return value
        case .function(let term): return state.values[key(term, bindings)]
        case .duration: return duration
        case .totalTime: return totalTime
        case .binary(let operation, let lhs, let rhs):
            guard
                let left = value(
                    of: lhs, in: state, bindings: bindings, duration: duration,
                    totalTime: totalTime),
                let right = value(
                    of: rhs, in: state, bindings: bindings, duration: duration,
                    totalTime: totalTime)
            else { return nil }
            return operation.apply(left, right)
        case .negation(let inner):
            return value(
                of: inner, in: state, bindings: bindings, duration: duration,
                totalTime: totalTime
            ).map { -$0 }
        }
    }

    /// The ground atom of `atom` under `bindings`.
    public func ground(_ atom: Atom, _ bindings: [Int]) -> GroundAtom {
        GroundAtom(
            predicate: atom.predicate, arguments: atom.arguments.map { resolve($0, bindings) })
    }

    /// The function key of `term` under `bindings`.
    public func key(_ term: FunctionTerm, _ bindings: [Int]) -> State.FunctionKey {
        State.FunctionKey(
            function: term.function, arguments: term.arguments.map { resolve($0, bindings) })
    }
}
