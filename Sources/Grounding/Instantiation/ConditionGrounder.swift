import PDDL

/// Grounds PDDL formulas under a variable binding into disjunctive normal form, evaluating
/// static atoms, equality, numeric comparisons over static functions and unreachable atoms
/// on the way, expanding quantifiers over the objects of their types.
///
/// The result is a list of conjunctions: `[]` is false, `[.truth]` is true. A DNF larger than
/// `maximumDisjuncts` is rejected.
struct ConditionGrounder {
    let domain: Domain
    let universe: ObjectUniverse
    let isStatic: [Bool]
    let initial: Set<UInt64>
    let reached: Set<UInt64>
    let functionValues: [FunctionKey: Double]
    let inProblem: Bool
    var binding: [Int32]

    static let maximumDisjuncts = 1024

    /// A ground function term, for looking up initial numeric values.
    struct FunctionKey: Hashable {
        var function: Int
        var arguments: [Int32]
    }

    func object(_ term: Term) -> Int32 {
        switch term {
        case .variable(let index): return binding[index]
        case .constant(let index): return Int32(index)
        case .object(let index): return Int32(domain.constants.count + index)
        }
    }

    func key(_ atom: Atom) -> UInt64 {
        universe.key(predicate: atom.predicate, arguments: atom.arguments.lazy.map(object))
    }

    /// The DNF of `formula` (of its negation when `positive` is false).
    mutating func dnf(_ formula: Formula, positive: Bool = true) throws(GroundingFailure)
        -> [Conjunction]
    {
        switch formula.kind {
        case .atom(let atom):
            let atomKey = key(atom)
            if isStatic[atom.predicate] {
                return initial.contains(atomKey) == positive ? [.truth] : []
            }
            if !reached.contains(atomKey) { return positive ? [] : [.truth] }
            return positive
                ? [Conjunction(positive: [atomKey], negative: [])]
                : [Conjunction(positive: [], negative: [atomKey])]
        case .equality(let lhs, let rhs):
            return (object(lhs) == object(rhs)) == positive ? [.truth] : []
        case .not(let inner):
            return try dnf(inner, positive: !positive)
        case .and(let parts):
            return try positive ? conjoin(parts, positive: true) : disjoin(parts, positive: false)
        case .or(let parts):
            return try positive ? disjoin(parts, positive: true) : conjoin(parts, positive: false)
        case .imply(let lhs, let rhs):
            if positive {
                return try union(dnf(lhs, positive: false), dnf(rhs, positive: true))
            }
            return try product(dnf(lhs, positive: true), dnf(rhs, positive: false), at: formula)
        case .exists(let first, let variables, let body):
            return try quantify(
                first: first, variables: variables, body: body, conjunctive: !positive,
                positive: positive, at: formula)
        case .forall(let first, let variables, let body):
            return try quantify(
                first: first, variables: variables, body: body, conjunctive: positive,
                positive: positive, at: formula)
        case .comparison(let comparison, let lhs, let rhs):
            let holds = try comparison.holds(evaluate(lhs), evaluate(rhs))
            return holds == positive ? [.truth] : []
        }
    }

    private mutating func conjoin(_ parts: [Formula], positive: Bool) throws(GroundingFailure)
        -> [Conjunction]
    {
        var result: [Conjunction] = [.truth]
        for part in parts {
            let next = try dnf(part, positive: positive)
            result = try product(result, next, at: part)
            if result.isEmpty { return [] }
        }
        return result
    }

    private mutating func disjoin(_ parts: [Formula], positive: Bool) throws(GroundingFailure)
        -> [Conjunction]
    {
        var result: [Conjunction] = []
        for part in parts {
            result = union(result, try dnf(part, positive: positive))
            if result.count == 1 && result[0] == .truth { return result }
        }
        return result
    }

    private mutating func quantify(
        first: Int, variables: [TypedVariable], body: Formula, conjunctive: Bool, positive: Bool,
        at formula: Formula
    ) throws(GroundingFailure) -> [Conjunction] {
        var result: [Conjunction] = conjunctive ? [.truth] : []
        let domains = variables.map { universe.objects(ofTypes: $0.types) }
        var choice = [Int](repeating: 0, count: variables.count)
        if domains.contains(where: \.isEmpty) { return result }
        while true {
            for (offset, domainObjects) in domains.enumerated() {
                binding[first + offset] = domainObjects[choice[offset]]
            }
            let part = try dnf(body, positive: positive)
            if conjunctive {
                result = try product(result, part, at: formula)
                if result.isEmpty { return [] }
            } else {
                result = union(result, part)
                if result.count == 1 && result[0] == .truth { return result }
            }
            var position = variables.count - 1
            while position >= 0 {
                choice[position] += 1
                if choice[position] < domains[position].count { break }
                choice[position] = 0
                position -= 1
            }
            if position < 0 { return result }
        }
    }

    private func union(_ a: [Conjunction], _ b: [Conjunction]) -> [Conjunction] {
        if a.contains(.truth) || b.contains(.truth) { return [.truth] }
        return a + b
    }

    func product(_ a: [Conjunction], _ b: [Conjunction], at formula: Formula)
        throws(GroundingFailure) -> [Conjunction]
    {
        if a.isEmpty || b.isEmpty { return [] }
        if a.count == 1 && a[0] == .truth { return b }
        if b.count == 1 && b[0] == .truth { return a }
        var result: [Conjunction] = []
        for left in a {
            for right in b {
                if let merged = left.merged(with: right) { result.append(merged) }
            }
        }
        if result.count > Self.maximumDisjuncts {
            throw GroundingFailure(
                location: formula.location, inProblem: inProblem,
                message:
                    "this condition has more than \(Self.maximumDisjuncts) disjuncts when ground")
        }
        return result
    }

    /// Whether every function term of `expression` has a value under the current binding
    /// (PDDL: an action whose duration reads an undefined value does not apply).
    func isDefined(_ expression: NumericExpression) -> Bool {
        switch expression.kind {
        case .number, .duration, .totalTime: return true
        case .function(let term):
            return functionValues[
                FunctionKey(function: term.function, arguments: term.arguments.map(object))] != nil
        case .binary(_, let lhs, let rhs): return isDefined(lhs) && isDefined(rhs)
        case .negation(let inner): return isDefined(inner)
        }
    }

    /// The value of a numeric expression over static functions.
    func evaluate(_ expression: NumericExpression) throws(GroundingFailure) -> Double {
        switch expression.kind {
        case .number(let value): return value
        case .function(let term):
            let functionKey = FunctionKey(
                function: term.function, arguments: term.arguments.map(object))
            guard let value = functionValues[functionKey] else {
                throw GroundingFailure(
                    location: expression.location, inProblem: inProblem,
                    message:
                        "the function '\(domain.functions[term.function].name)' has no "
                        + "initial value for these arguments"
                )
            }
            return value
        case .binary(let op, let lhs, let rhs): return try op.apply(evaluate(lhs), evaluate(rhs))
        case .negation(let inner): return try -evaluate(inner)
        case .duration, .totalTime:
            throw GroundingFailure(
                location: expression.location, inProblem: inProblem,
                message:
                    "time-dependent numeric expressions are not supported by the classical planner")
        }
    }
}
