import SourceText

extension PDDLReader {
    /// One entry of a typed list: the name token and its types.
    struct TypedEntry {
        var token: Token
        var types: [Int]
    }

    /// Reads `name… - type name… - (either t…) name…` up to (not including) `)`.
    ///
    /// `variables` selects `?x` entries (parameters) rather than names (objects, types). In
    /// `:types`, `declaringTypes` declares unknown supertypes instead of reporting them.
    mutating func readTypedList(
        variables: Bool, declaringTypes: Bool = false
    ) throws(Diagnostic) -> [TypedEntry] {
        var entries: [TypedEntry] = []
        var untyped = 0
        while let token = cursor.current, token.kind != .close {
            if token.kind == .symbol && text(token) == "-" {
                cursor.position += 1
                let types = try readTypeSpecifier(declaring: declaringTypes)
                if untyped == 0 {
                    report("'-' must follow at least one name", at: token.location)
                }
                for index in (entries.count - untyped)..<entries.count {
                    entries[index].types = types
                }
                untyped = 0
                continue
            }
            let expected: Token.Kind = variables ? .variable : .symbol
            guard token.kind == expected else {
                throw error(
                    "expected \(variables ? "a variable (?name)" : "a name"), found '\(text(token))'",
                    at: token.location)
            }
            entries.append(TypedEntry(token: token, types: [TypeHierarchy.object]))
            untyped += 1
            cursor.position += 1
        }
        return entries
    }

    /// Reads a type name or `(either t1 t2 …)` and returns the type ids.
    mutating func readTypeSpecifier(declaring: Bool) throws(Diagnostic) -> [Int] {
        if cursor.atOpen {
            let open = cursor.position
            cursor.position += 1
            try cursor.expectKeyword("either")
            var types: [Int] = []
            while !cursor.atClose {
                let name = try cursor.expectSymbol("a type name")
                types.append(resolveType(name, declaring: declaring))
            }
            try cursor.expectClose("after the types of 'either'")
            if types.isEmpty {
                report("'either' needs at least one type", at: cursor.tokens[open].location)
                return [TypeHierarchy.object]
            }
            return types
        }
        let name = try cursor.expectSymbol("a type name after '-'")
        return [resolveType(name, declaring: declaring)]
    }

    /// The id of the type named by `token`; undeclared types are declared when `declaring`,
    /// reported otherwise (and read as `object` so reading goes on).
    mutating func resolveType(_ token: Token, declaring: Bool) -> Int {
        let name = text(token)
        if let id = typeIDs[name] { return id }
        if declaring {
            let id = domain.types.add(name, location: token.location)
            domain.types.addParent(TypeHierarchy.object, to: id)
            typeIDs[name] = id
            return id
        }
        report("undeclared type '\(name)'", at: token.location)
        return TypeHierarchy.object
    }

    /// Reads `(?a ?b - t …)`, checks for repeated names when `unique`, and returns the variables.
    mutating func readParameterList(
        _ context: String, unique: Bool = true
    ) throws(Diagnostic) -> [TypedVariable] {
        _ = try cursor.expectOpen("to start the \(context)")
        let entries = try readTypedList(variables: true)
        let context = "to end the \(context)"
        try cursor.expectClose(context)
        var variables: [TypedVariable] = []
        variables.reserveCapacity(entries.count)
        for entry in entries {
            let name = cursor.symbols[entry.token.symbol]
            if unique && variables.contains(where: { $0.name == name }) {
                report("duplicate parameter '?\(name)'", at: entry.token.location)
            }
            variables.append(
                TypedVariable(name: name, types: entry.types, location: entry.token.location))
        }
        return variables
    }
}
