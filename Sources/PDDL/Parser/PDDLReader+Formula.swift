extension PDDLReader {
    /// Reads a condition: literals, connectives, quantifiers, equality, numeric comparisons.
    /// `()` reads as the empty conjunction. Recursion depth is bounded by the nesting check.
    mutating func readFormula() throws(Diagnostic) -> Formula {
        let open = try cursor.expectOpen("to start a condition")
        let location = cursor.tokens[open].location
        if cursor.atClose {
            cursor.position += 1
            return Formula(.and([]), location: location)
        }
        let head = try cursor.expectSymbol("a predicate or a connective after '('")
        let kind: Formula.Kind
        switch text(head) {
        case "and", "or":
            var parts: [Formula] = []
            while !cursor.atClose { parts.append(try readFormula()) }
            kind = text(head) == "and" ? .and(parts) : .or(parts)
        case "not":
            kind = .not(try readFormula())
        case "imply":
            let condition = try readFormula()
            kind = .imply(condition, try readFormula())
        case "exists", "forall":
            let variables = try readParameterList("variables of '\(text(head))'")
            let first = scope.count
            let body = try withVariables(variables) { reader throws(Diagnostic) in
                try reader.readFormula()
            }
            kind =
                text(head) == "exists"
                ? .exists(firstVariable: first, variables: variables, body: body)
                : .forall(firstVariable: first, variables: variables, body: body)
        case "=" where !nextIsNumeric:
            let lhs = try readTerm()
            kind = .equality(lhs, try readTerm())
        case "<", "<=", "=", ">=", ">":
            guard let comparison = ComparisonOperator(rawValue: text(head)) else {
                throw error("unknown comparison '\(text(head))'", at: head.location)
            }
            let lhs = try readNumericExpression()
            kind = .comparison(comparison, lhs, try readNumericExpression())
        case let name where predicateIDs[name] == nil && Self.unsupportedConnectives.contains(name):
            throw error(
                "'\(name)' is not allowed in this condition (only in durative actions and PDDL 3 "
                    + "constraints, which are not supported)", at: head.location)
        default:
            kind = .atom(try readAtomArguments(head: head, location: location))
            return Formula(kind, location: location)
        }
        let context = "to end the '\(text(head))' condition"
        try cursor.expectClose(context)
        return Formula(kind, location: location)
    }

    /// Temporal and PDDL 3 connectives, rejected in conditions unless declared as predicates.
    private static let unsupportedConnectives: Set<String> = [
        "at", "over", "preference", "always", "sometime", "within", "at-most-once",
        "sometime-after", "sometime-before", "always-within", "hold-during", "hold-after",
    ]

    /// Whether the next token starts a numeric expression (a list or a number).
    private var nextIsNumeric: Bool {
        guard let token = cursor.current else { return false }
        return token.kind == .open
            || (token.kind == .symbol && cursor.number(token) != nil
                && constantIDs[text(token)] == nil && objectIDs[text(token)] == nil)
    }

    /// Reads the arguments of predicate `head` and the closing `)`; checks the predicate,
    /// the arity and the types of constant arguments.
    mutating func readAtomArguments(head: Token, location: SourceLocation) throws(Diagnostic)
        -> Atom
    {
        var arguments: [Term] = []
        var argumentTokens: [Token] = []
        while let token = cursor.current, token.kind != .close {
            argumentTokens.append(token)
            arguments.append(try readTerm())
        }
        try cursor.expectClose("to end the atom")
        let name = text(head)
        guard let predicate = predicateIDs[name] else {
            report("undeclared predicate '\(name)'", at: head.location)
            return Atom(predicate: -1, arguments: arguments, location: location)
        }
        let parameters = domain.predicates[predicate].parameters
        if parameters.count != arguments.count {
            report(
                "predicate '\(name)' takes \(parameters.count) argument"
                    + "\(parameters.count == 1 ? "" : "s"), found \(arguments.count)",
                at: location)
        } else {
            for (index, argument) in arguments.enumerated() {
                checkType(
                    of: argument, token: argumentTokens[index], against: parameters[index].types,
                    context: "argument \(index + 1) of '\(name)'")
            }
        }
        return Atom(predicate: predicate, arguments: arguments, location: location)
    }

    /// Reports a constant or object argument whose type does not fit `allowed`.
    mutating func checkType(
        of term: Term, token: Token, against allowed: [Int], context: String
    ) {
        let types: [Int]
        switch term {
        case .variable: return
        case .constant(let index):
            guard index >= 0 else { return }
            types = domain.constants[index].types
        case .object(let index):
            guard index >= 0 else { return }
            types = objectTypes[index]
        }
        if !domain.types.fits(types, in: allowed) {
            report(
                "type mismatch: '\(text(token))' is of type \(typeNames(types)), but \(context) "
                    + "must be of type \(typeNames(allowed))", at: token.location)
        }
    }

    /// `'t'` or `(either 't1' 't2')`.
    func typeNames(_ types: [Int]) -> String {
        let names = types.map { "'\(domain.types.names[$0])'" }
        return names.count == 1 ? names[0] : "(either \(names.joined(separator: " ")))"
    }

    /// Reads a variable, constant or object.
    mutating func readTerm() throws(Diagnostic) -> Term {
        guard let token = cursor.current, token.kind != .open, token.kind != .close else {
            throw error(
                "expected a variable or an object name, found \(cursor.currentDescription)",
                at: cursor.currentLocation)
        }
        cursor.position += 1
        let name = cursor.symbols[token.symbol]
        if token.kind == .variable {
            if let index = scope.lastIndex(where: { $0.name == name }) { return .variable(index) }
            report("unbound variable '?\(name)'", at: token.location)
            return .variable(-1)
        }
        if let index = objectIDs[name] { return .object(index) }
        if let index = constantIDs[name] { return .constant(index) }
        report("undeclared object or constant '\(name)'", at: token.location)
        return .constant(-1)
    }
}
