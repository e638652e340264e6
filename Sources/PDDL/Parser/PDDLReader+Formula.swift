import SourceText

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
        let first = cursor.position
        var arguments: [Term] = []
        while let token = cursor.current, token.kind != .close {
            arguments.append(try readTerm())
        }
        try cursor.expectClose("to end the atom")
        guard let predicate = predicate(named: head) else {
            report("undeclared predicate '\(text(head))'", at: head.location)
            return Atom(predicate: -1, arguments: arguments, location: location)
        }
        checkArguments(
            arguments, from: first, against: domain.predicates[predicate].parameters,
            of: "predicate", named: head, location: location)
        return Atom(predicate: predicate, arguments: arguments, location: location)
    }

    /// The predicate named by `token`, resolved once per symbol.
    mutating func predicate(named token: Token) -> Int? {
        let symbol = Int(token.symbol)
        if let cached = predicateCache[symbol] { return cached }
        let predicate = predicateIDs[cursor.symbols[token.symbol]]
        predicateCache[symbol] = predicate
        return predicate
    }

    /// Reports a wrong number of arguments, or a constant or object argument (read from the
    /// tokens starting at `first`) whose type does not fit its parameter.
    mutating func checkArguments(
        _ arguments: [Term], from first: Int, against parameters: [TypedVariable],
        of kind: String, named head: Token, location: SourceLocation
    ) {
        guard parameters.count == arguments.count else {
            report(
                "\(kind) '\(text(head))' takes \(parameters.count) argument"
                    + "\(parameters.count == 1 ? "" : "s"), found \(arguments.count)",
                at: location)
            return
        }
        for (index, argument) in arguments.enumerated() {
            let types: [Int]
            switch argument {
            case .variable: continue
            case .constant(let constant) where constant >= 0:
                types = domain.constants[constant].types
            case .object(let object) where object >= 0:
                types = objectTypes[object]
            case .constant, .object: continue
            }
            let allowed = parameters[index].types
            if !fits(types, in: allowed) {
                let token = cursor.tokens[first + index]
                report(
                    "type mismatch: '\(text(token))' is of type \(typeNames(types)), but "
                        + "argument \(index + 1) of '\(text(head))' must be of type "
                        + "\(typeNames(allowed))", at: token.location)
            }
        }
    }

    /// Whether some type of `types` (an object belongs to each) lies under one of `allowed`,
    /// as ``TypeHierarchy/fits(_:in:)``, from a cached table of ancestors (the hierarchy is
    /// complete once `:types` has been read).
    mutating func fits(_ types: [Int], in allowed: [Int]) -> Bool {
        if types.count == 1 && allowed.count == 1
            && (types[0] == allowed[0] || allowed[0] == TypeHierarchy.object)
        {
            return true
        }
        if ancestorTable.count != domain.types.count {
            ancestorTable = (0..<domain.types.count).map { type in
                var row = [Bool](repeating: false, count: domain.types.count)
                for ancestor in domain.types.ancestors(of: type) { row[ancestor] = true }
                return row
            }
        }
        return types.contains { type in allowed.contains { ancestorTable[type][$0] } }
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
        if let cached = termCache[Int(token.symbol)] { return cached }
        if let index = objectIDs[name] {
            termCache[Int(token.symbol)] = .object(index)
            return .object(index)
        }
        if let index = constantIDs[name] {
            termCache[Int(token.symbol)] = .constant(index)
            return .constant(index)
        }
        report("undeclared object or constant '\(name)'", at: token.location)
        return .constant(-1)
    }
}
