import SourceText

extension PDDLReader {
    /// The sections of a `define`: each one's `(` token index and keyword token.
    struct Section {
        var open: Int
        var keyword: Token
    }

    /// Reads `(define (kind name) sections…)` up to the sections, which it returns with the
    /// name token; reports text after the closing `)`.
    mutating func readDefine(kind: String) throws(Diagnostic) -> (name: Token, sections: [Section])
    {
        guard cursor.current != nil else {
            throw error(
                "the file is empty; expected '(define (\(kind) …)'", at: cursor.currentLocation)
        }
        let define = try cursor.expectOpen("to start '(define (\(kind) …)'")
        try cursor.expectKeyword("define")
        _ = try cursor.expectOpen("before '\(kind)'")
        try cursor.expectKeyword(kind)
        let name = try cursor.expectSymbol("the \(kind) name")
        let context = "after the \(kind) name"
        try cursor.expectClose(context)
        var sections: [Section] = []
        while let token = cursor.current, token.kind != .close {
            let open = try cursor.expectOpen("to start a section")
            let keyword = try cursor.expectSymbol(
                "a section keyword such as ':\(kind == "domain" ? "action" : "init")'")
            sections.append(Section(open: open, keyword: keyword))
            cursor.skipList(openedAt: open)
        }
        cursor.skipList(openedAt: define)
        if let extra = cursor.current {
            report("unexpected '\(text(extra))' after the end of the \(kind)", at: extra.location)
        }
        return (name, sections)
    }

    /// Reads a whole domain. Declarations (requirements, types, constants, predicates,
    /// functions) are read before actions and rules whatever their order in the text.
    mutating func readDomain() -> Domain {
        do throws(Diagnostic) {
            let (name, sections) = try readDefine(kind: "domain")
            domain.name = text(name)
            domain.location = cursor.tokens.first?.location ?? .unknown
            let declarations = [
                ":requirements", ":types", ":constants", ":predicates", ":functions",
            ]
            for keyword in declarations {
                for section in sections where text(section.keyword) == keyword {
                    readSection(section)
                }
            }
            for section in sections where !declarations.contains(text(section.keyword)) {
                readSection(section)
            }
        } catch {
            cursor.record(error)
        }
        return domain
    }

    /// Reads one section of a domain, recovering from errors inside it.
    private mutating func readSection(_ section: Section) {
        cursor.position = section.open + 2
        recovering(openedAt: section.open) { reader throws(Diagnostic) in
            switch reader.text(section.keyword) {
            case ":requirements": reader.domain.requirements += try reader.readRequirements()
            case ":types": try reader.readTypes()
            case ":constants": try reader.readConstants()
            case ":predicates": try reader.readPredicates()
            case ":functions": try reader.readFunctions()
            case ":action": try reader.readAction(openedAt: section.open)
            case ":durative-action": try reader.readDurativeAction(openedAt: section.open)
            case ":derived": try reader.readDerivedPredicate(openedAt: section.open)
            default:
                throw reader.error(
                    "unknown domain section '\(reader.text(section.keyword))'",
                    at: section.keyword.location)
            }
            let context = "to end the '\(reader.text(section.keyword))' section"
            try reader.cursor.expectClose(context)
        }
    }

    /// Reads requirement flags up to `)`, reporting unknown ones.
    mutating func readRequirements() throws(Diagnostic) -> [Requirement] {
        var requirements: [Requirement] = []
        while !cursor.atClose {
            let token = try cursor.expectSymbol("a requirement such as ':strips'")
            if let requirement = Requirement(rawValue: text(token)) {
                requirements.append(requirement)
            } else {
                report("unknown requirement '\(text(token))'", at: token.location)
            }
        }
        return requirements
    }

    private mutating func readTypes() throws(Diagnostic) {
        for entry in try readTypedList(variables: false, declaringTypes: true) {
            let name = text(entry.token)
            if name == "object" { continue }
            let id: Int
            if let existing = typeIDs[name] {
                id = existing
            } else {
                id = domain.types.add(name, location: entry.token.location)
                typeIDs[name] = id
            }
            for parent in entry.types {
                if parent == id {
                    report("type '\(name)' cannot be its own supertype", at: entry.token.location)
                } else {
                    domain.types.addParent(parent, to: id)
                }
            }
        }
    }

    private mutating func readConstants() throws(Diagnostic) {
        for entry in try readTypedList(variables: false) {
            let name = text(entry.token)
            if constantIDs[name] != nil {
                report("duplicate constant '\(name)'", at: entry.token.location)
                continue
            }
            constantIDs[name] = domain.constants.count
            domain.constants.append(
                ObjectDeclaration(name: name, types: entry.types, location: entry.token.location))
        }
    }

    private mutating func readPredicates() throws(Diagnostic) {
        while !cursor.atClose {
            let open = try cursor.expectOpen("to start a predicate declaration")
            recovering(openedAt: open) { reader throws(Diagnostic) in
                let name = try reader.cursor.expectSymbol("a predicate name")
                let entries = try reader.readTypedList(variables: true)
                let context = "to end the declaration of '\(reader.text(name))'"
                try reader.cursor.expectClose(context)
                let parameters = entries.map {
                    TypedVariable(
                        name: reader.cursor.symbols[$0.token.symbol], types: $0.types,
                        location: $0.token.location)
                }
                if reader.predicateIDs[reader.text(name)] != nil {
                    reader.report("duplicate predicate '\(reader.text(name))'", at: name.location)
                    return
                }
                reader.predicateIDs[reader.text(name)] = reader.domain.predicates.count
                reader.domain.predicates.append(
                    PredicateDeclaration(
                        name: reader.text(name), parameters: parameters,
                        location: reader.cursor.tokens[open].location))
            }
        }
    }

    private mutating func readFunctions() throws(Diagnostic) {
        while let token = cursor.current, token.kind != .close {
            if token.kind == .symbol && text(token) == "-" {
                cursor.position += 1
                let type = try cursor.expectSymbol("'number' after '-'")
                if text(type) != "number" {
                    report(
                        "function type '\(text(type))' is not supported (only 'number')",
                        at: type.location)
                }
                continue
            }
            let open = try cursor.expectOpen("to start a function declaration")
            recovering(openedAt: open) { reader throws(Diagnostic) in
                let name = try reader.cursor.expectSymbol("a function name")
                let parameters = try reader.readTypedList(variables: true).map {
                    TypedVariable(
                        name: reader.cursor.symbols[$0.token.symbol], types: $0.types,
                        location: $0.token.location)
                }
                let context = "to end the declaration of '\(reader.text(name))'"
                try reader.cursor.expectClose(context)
                if reader.functionIDs[reader.text(name)] != nil {
                    reader.report("duplicate function '\(reader.text(name))'", at: name.location)
                    return
                }
                reader.functionIDs[reader.text(name)] = reader.domain.functions.count
                reader.domain.functions.append(
                    FunctionDeclaration(
                        name: reader.text(name), parameters: parameters,
                        location: reader.cursor.tokens[open].location))
            }
        }
    }

    /// Reports an action name used twice.
    mutating func checkUniqueActionName(_ name: Token) {
        let text = text(name)
        if domain.actions.contains(where: { $0.name == text })
            || domain.durativeActions.contains(where: { $0.name == text })
        {
            report("duplicate action '\(text)'", at: name.location)
        }
    }

    /// Reads the parts of `(:action name :parameters … :precondition … :effect …)`.
    private mutating func readAction(openedAt open: Int) throws(Diagnostic) {
        let name = try cursor.expectSymbol("the action name")
        checkUniqueActionName(name)
        var parameters: [TypedVariable] = []
        var precondition = Formula.truth
        var effect = Effect(.and([]), location: name.location)
        scope = []
        defer { scope = [] }
        while !cursor.atClose {
            let key = try cursor.expectSymbol("':parameters', ':precondition' or ':effect'")
            switch text(key) {
            case ":parameters":
                parameters = try readParameterList("parameters of '\(text(name))'")
                scope = parameters
            case ":precondition": precondition = try readFormula()
            case ":effect": effect = try readEffect()
            default:
                throw error(
                    "unknown action part '\(text(key))' (expected ':parameters', ':precondition' "
                        + "or ':effect')", at: key.location)
            }
        }
        domain.actions.append(
            Action(
                name: text(name), parameters: parameters, precondition: precondition,
                effect: effect, location: cursor.tokens[open].location))
    }

    /// Reads `(:derived (p ?x - t …) body)`.
    private mutating func readDerivedPredicate(openedAt open: Int) throws(Diagnostic) {
        let head = try cursor.expectOpen("to start the derived atom")
        let name = try cursor.expectSymbol("the derived predicate's name")
        let entries = try readTypedList(variables: true)
        try cursor.expectClose("to end the derived atom")
        let parameters = entries.map {
            TypedVariable(
                name: cursor.symbols[$0.token.symbol], types: $0.types, location: $0.token.location)
        }
        guard let predicate = predicateIDs[text(name)] else {
            throw error("undeclared predicate '\(text(name))'", at: name.location)
        }
        let arity = domain.predicates[predicate].parameters.count
        if arity != parameters.count {
            report(
                "predicate '\(text(name))' takes \(arity) argument\(arity == 1 ? "" : "s"), "
                    + "found \(parameters.count)", at: cursor.tokens[head].location)
        }
        scope = parameters
        defer { scope = [] }
        let body = try readFormula()
        domain.derivedPredicates.append(
            DerivedPredicate(
                predicate: predicate, parameters: parameters, body: body,
                location: cursor.tokens[open].location))
    }
}
