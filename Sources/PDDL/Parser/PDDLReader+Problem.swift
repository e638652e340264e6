import SourceText

extension PDDLReader {
    /// Reads a whole problem against ``domain``. Requirements and objects are read before the
    /// initial state, goal and metric whatever their order in the text.
    mutating func readProblem() -> Problem {
        var problem = Problem(name: "", domainName: "")
        do throws(Diagnostic) {
            let (name, sections) = try readDefine(kind: "problem")
            problem.name = text(name)
            problem.location = cursor.tokens.first?.location ?? .unknown
            let early = [":domain", ":requirements", ":objects"]
            for keyword in early {
                for section in sections where text(section.keyword) == keyword {
                    readSection(section, into: &problem)
                }
            }
            for section in sections where !early.contains(text(section.keyword)) {
                readSection(section, into: &problem)
            }
            if !sections.contains(where: { text($0.keyword) == ":domain" }) {
                report("the problem does not name its domain (':domain')", at: name.location)
            }
        } catch {
            cursor.record(error)
        }
        return problem
    }

    /// Reads one section of a problem, recovering from errors inside it.
    private mutating func readSection(_ section: Section, into problem: inout Problem) {
        cursor.position = section.open + 2
        recovering(openedAt: section.open) { reader throws(Diagnostic) in
            switch reader.text(section.keyword) {
            case ":domain":
                let name = try reader.cursor.expectSymbol("the domain name")
                problem.domainName = reader.text(name)
                if problem.domainName != reader.domain.name {
                    reader.report(
                        "the problem is for domain '\(problem.domainName)', but the domain is "
                            + "'\(reader.domain.name)'", at: name.location)
                }
            case ":requirements": problem.requirements += try reader.readRequirements()
            case ":objects": try reader.readObjects(into: &problem)
            case ":init": reader.readInitialState(into: &problem)
            case ":goal": problem.goal = try reader.readFormula()
            case ":metric":
                let direction = try reader.cursor.expectSymbol("'minimize' or 'maximize'")
                guard let value = Metric.Direction(rawValue: reader.text(direction)) else {
                    throw reader.error(
                        "expected 'minimize' or 'maximize', found '\(reader.text(direction))'",
                        at: direction.location)
                }
                problem.metric = Metric(
                    direction: value, expression: try reader.readNumericExpression(),
                    location: reader.cursor.tokens[section.open].location)
            default:
                throw reader.error(
                    "unknown problem section '\(reader.text(section.keyword))'",
                    at: section.keyword.location)
            }
            let context = "to end the '\(reader.text(section.keyword))' section"
            try reader.cursor.expectClose(context)
        }
    }

    private mutating func readObjects(into problem: inout Problem) throws(Diagnostic) {
        for entry in try readTypedList(variables: false) {
            let name = text(entry.token)
            if let constant = constantIDs[name] {
                // IPC problems often list the domain's constants again; the same declaration
                // is accepted, a different type is a conflict.
                if !domain.types.fits(domain.constants[constant].types, in: entry.types) {
                    report(
                        "object '\(name)' is a constant of type "
                            + "\(typeNames(domain.constants[constant].types)) in the domain",
                        at: entry.token.location)
                }
                continue
            }
            if let existing = objectIDs[name] {
                // IPC files (temporal-machine-shop) declare an object again with another
                // type; the object then has both types, as the IPC planners read it. The
                // same declaration twice is a slip and reported.
                guard entry.types.contains(where: { !objectTypes[existing].contains($0) }) else {
                    report("duplicate object '\(name)'", at: entry.token.location)
                    continue
                }
                let types =
                    objectTypes[existing]
                    + entry.types.filter {
                        !objectTypes[existing].contains($0)
                    }
                objectTypes[existing] = types
                problem.objects[existing].types = types
                continue
            }
            objectIDs[name] = problem.objects.count
            objectTypes.append(entry.types)
            problem.objects.append(
                ObjectDeclaration(name: name, types: entry.types, location: entry.token.location))
        }
    }

    /// Reads the facts of `:init` up to `)`, recovering from errors fact by fact.
    private mutating func readInitialState(into problem: inout Problem) {
        problem.initialAtoms.reserveCapacity(cursor.tokens.count / 8)
        while let token = cursor.current, token.kind != .close {
            guard token.kind == .open else {
                report("expected '(' to start a fact, found '\(text(token))'", at: token.location)
                cursor.position += 1
                continue
            }
            let open = cursor.position
            cursor.position += 1
            recovering(openedAt: open) { reader throws(Diagnostic) in
                let head = try reader.cursor.expectSymbol("a predicate or '=' after '('")
                let location = token.location
                switch reader.text(head) {
                case "=":
                    problem.initialValues.append(try reader.readInitialValue(location: location))
                case "not" where reader.predicateIDs["not"] == nil:
                    throw reader.error(
                        "negative facts are not allowed in ':init' (the closed-world assumption "
                            + "makes every unlisted atom false)", at: head.location)
                case "at" where reader.isTimedLiteral:
                    if let literal = try reader.readTimedLiteral(location: location) {
                        problem.timedLiterals.append(literal)
                    }
                default:
                    let atom = try reader.readAtomArguments(head: head, location: location)
                    if let ground = reader.ground(atom) { problem.initialAtoms.append(ground) }
                }
            }
        }
    }

    /// Whether the `(at` just read starts a timed initial literal: `at` is no predicate of
    /// the domain, or its next token is a number (`(at 10 (p a))`), which no object name is.
    private var isTimedLiteral: Bool {
        guard predicateIDs["at"] != nil else { return true }
        guard let next = cursor.current, next.kind == .symbol else { return false }
        return cursor.number(next) != nil
    }

    /// Reads `time (atom))` or `time (not (atom)))` after `(at`; nil when the atom names
    /// something undeclared (already reported).
    private mutating func readTimedLiteral(location: SourceLocation) throws(Diagnostic)
        -> TimedLiteral?
    {
        let number = try cursor.expectSymbol("the time of a timed initial literal")
        guard let time = cursor.number(number), time.isFinite, time >= 0 else {
            throw error(
                "expected a non-negative time, found '\(text(number))'", at: number.location)
        }
        _ = try cursor.expectOpen("to start the literal of a timed initial literal")
        var head = try cursor.expectSymbol("a predicate or 'not'")
        let isAdd = text(head) != "not" || predicateIDs["not"] != nil
        if !isAdd {
            _ = try cursor.expectOpen("to start the atom after 'not'")
            head = try cursor.expectSymbol("a predicate")
        }
        let atom = try readAtomArguments(head: head, location: head.location)
        if !isAdd { try cursor.expectClose("to end 'not'") }
        try cursor.expectClose("to end the timed initial literal")
        return ground(atom).map {
            TimedLiteral(time: time, atom: $0, isAdd: isAdd, location: location)
        }
    }

    /// Reads `(f o…) value)` after `(=`.
    private mutating func readInitialValue(location: SourceLocation) throws(Diagnostic)
        -> FunctionValue
    {
        let term = try readFunctionTerm()
        let number = try cursor.expectSymbol("a number")
        guard let value = cursor.number(number) else {
            throw error("expected a number, found '\(text(number))'", at: number.location)
        }
        try cursor.expectClose("to end the initial value")
        var arguments: [Int] = []
        for argument in term.arguments {
            guard let id = Problem.universeID(of: argument, domain: domain), id >= 0 else {
                throw error("initial values take objects, not variables", at: location)
            }
            arguments.append(id)
        }
        return FunctionValue(
            function: term.function, arguments: arguments, value: value, location: location)
    }

    /// The atom with universe ids, nil when it names something undeclared (already reported).
    private func ground(_ atom: Atom) -> GroundAtom? {
        guard atom.predicate >= 0 else { return nil }
        var arguments: [Int] = []
        arguments.reserveCapacity(atom.arguments.count)
        for argument in atom.arguments {
            switch argument {
            case .constant(let index) where index >= 0: arguments.append(index)
            case .object(let index) where index >= 0:
                arguments.append(domain.constants.count + index)
            default: return nil
            }
        }
        return GroundAtom(predicate: atom.predicate, arguments: arguments, location: atom.location)
    }
}
