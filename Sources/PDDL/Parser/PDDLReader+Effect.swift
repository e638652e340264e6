import SourceText

extension PDDLReader {
    /// Reads an effect: literals, numeric updates, `and`, `forall`, `when`.
    mutating func readEffect() throws(Diagnostic) -> Effect {
        let open = try cursor.expectOpen("to start an effect")
        let location = cursor.tokens[open].location
        if cursor.atClose {
            cursor.position += 1
            return Effect(.and([]), location: location)
        }
        let head = try cursor.expectSymbol("a predicate or an effect keyword after '('")
        let kind: Effect.Kind
        switch text(head) {
        case "and":
            var parts: [Effect] = []
            while !cursor.atClose { parts.append(try readEffect()) }
            kind = .and(parts)
        case "forall":
            let variables = try readParameterList("variables of 'forall'")
            let first = scope.count
            let body = try withVariables(variables) { reader throws(Diagnostic) in
                try reader.readEffect()
            }
            kind = .forall(firstVariable: first, variables: variables, body: body)
        case "when":
            let condition = try readFormula()
            kind = .when(condition, try readEffect())
        case "not":
            let inner = try cursor.expectOpen("to start the deleted atom")
            let predicate = try cursor.expectSymbol("a predicate after '('")
            kind = .delete(
                try readAtomArguments(head: predicate, location: cursor.tokens[inner].location))
        case "assign", "increase", "decrease", "scale-up", "scale-down":
            guard let operation = NumericEffectOperator(rawValue: text(head)) else {
                throw error("unknown numeric effect '\(text(head))'", at: head.location)
            }
            let target = try readFunctionTerm()
            kind = .numeric(operation, target, try readNumericExpression())
        case let name
        where predicateIDs[name] == nil
            && ["or", "exists", "imply", "=", "at", "over"].contains(name):
            throw error("'\(text(head))' is not allowed in an effect", at: head.location)
        default:
            return Effect(
                .add(try readAtomArguments(head: head, location: location)), location: location)
        }
        let context = "to end the '\(text(head))' effect"
        try cursor.expectClose(context)
        return Effect(kind, location: location)
    }
}
