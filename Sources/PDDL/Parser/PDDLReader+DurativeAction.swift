import SourceText

extension PDDLReader {
    /// Reads the parts of `(:durative-action name :parameters … :duration … :condition …
    /// :effect …)`.
    mutating func readDurativeAction(openedAt open: Int) throws(Diagnostic) {
        let name = try cursor.expectSymbol("the action name")
        checkUniqueActionName(name)
        var action = DurativeAction(
            name: text(name), parameters: [], durationConstraints: [], conditions: [],
            effects: [], location: cursor.tokens[open].location)
        scope = []
        allowsDuration = true
        defer {
            scope = []
            allowsDuration = false
        }
        while !cursor.atClose {
            let key = try cursor.expectSymbol(
                "':parameters', ':duration', ':condition' or ':effect'")
            switch text(key) {
            case ":parameters":
                action.parameters = try readParameterList("parameters of '\(text(name))'")
                scope = action.parameters
            case ":duration":
                try readDurationConstraints(into: &action.durationConstraints, time: nil)
            case ":condition": try readTimedConditions(into: &action.conditions)
            case ":effect": try readTimedEffects(into: &action.effects)
            default:
                throw error(
                    "unknown durative-action part '\(text(key))' (expected ':parameters', "
                        + "':duration', ':condition' or ':effect')", at: key.location)
            }
        }
        domain.durativeActions.append(action)
    }

    /// Reads `at start`/`at end`/`over all` after `(at`/`(over` has been consumed as `head`.
    private mutating func readTimeSpecifier(head: Token) throws(Diagnostic) -> TimeSpecifier {
        let word = try cursor.expectSymbol("'start', 'end' or 'all'")
        switch (text(head), text(word)) {
        case ("at", "start"): return .atStart
        case ("at", "end"): return .atEnd
        case ("over", "all"): return .overAll
        default:
            throw error("unknown time specifier '\(text(head)) \(text(word))'", at: head.location)
        }
    }

    /// Reads `(= ?duration e)`, `(<= ?duration e)`, `(>= ?duration e)`, their conjunction,
    /// or `(at start …)`/`(at end …)` around them.
    private mutating func readDurationConstraints(
        into constraints: inout [DurativeAction.DurationConstraint], time: TimeSpecifier?
    ) throws(Diagnostic) {
        let open = try cursor.expectOpen("to start the duration constraint")
        let location = cursor.tokens[open].location
        if cursor.atClose {
            cursor.position += 1
            return
        }
        let head = try cursor.expectSymbol("a duration constraint such as '(= ?duration 5)'")
        switch text(head) {
        case "and":
            while !cursor.atClose { try readDurationConstraints(into: &constraints, time: time) }
        case "at":
            let specifier = try readTimeSpecifier(head: head)
            try readDurationConstraints(into: &constraints, time: specifier)
        case "=", "<=", ">=":
            guard let comparison = ComparisonOperator(rawValue: text(head)) else {
                throw error("unknown comparison '\(text(head))'", at: head.location)
            }
            guard let variable = cursor.current, variable.kind == .variable,
                cursor.symbols[variable.symbol] == "duration"
            else {
                throw error(
                    "expected '?duration', found \(cursor.currentDescription)",
                    at: cursor.currentLocation)
            }
            cursor.position += 1
            constraints.append(
                DurativeAction.DurationConstraint(
                    time: time, comparison: comparison, value: try readNumericExpression(),
                    location: location))
        default:
            throw error(
                "expected '=', '<=', '>=' or 'and' in a duration constraint, found '\(text(head))'",
                at: head.location)
        }
        try cursor.expectClose("to end the duration constraint")
    }

    /// Reads `(at start f)`, `(at end f)`, `(over all f)` or their conjunction.
    private mutating func readTimedConditions(
        into conditions: inout [DurativeAction.TimedCondition]
    ) throws(Diagnostic) {
        _ = try cursor.expectOpen("to start a timed condition")
        if cursor.atClose {
            cursor.position += 1
            return
        }
        let head = try cursor.expectSymbol("'at start', 'at end', 'over all' or 'and'")
        switch text(head) {
        case "and":
            while !cursor.atClose { try readTimedConditions(into: &conditions) }
        case "at", "over":
            let time = try readTimeSpecifier(head: head)
            conditions.append(DurativeAction.TimedCondition(time: time, formula: try readFormula()))
        default:
            throw error(
                "a durative action's condition must be timed ('at start', 'at end' or "
                    + "'over all'), found '\(text(head))'", at: head.location)
        }
        try cursor.expectClose("to end the timed condition")
    }

    /// Reads `(at start e)`, `(at end e)` or their conjunction.
    private mutating func readTimedEffects(
        into effects: inout [DurativeAction.TimedEffect]
    ) throws(Diagnostic) {
        _ = try cursor.expectOpen("to start a timed effect")
        if cursor.atClose {
            cursor.position += 1
            return
        }
        let head = try cursor.expectSymbol("'at start', 'at end' or 'and'")
        switch text(head) {
        case "and":
            while !cursor.atClose { try readTimedEffects(into: &effects) }
        case "at":
            let time = try readTimeSpecifier(head: head)
            effects.append(DurativeAction.TimedEffect(time: time, effect: try readEffect()))
        default:
            throw error(
                "a durative action's effect must be timed ('at start' or 'at end'), found "
                    + "'\(text(head))'", at: head.location)
        }
        try cursor.expectClose("to end the timed effect")
    }
}
