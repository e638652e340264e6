import SourceText

extension PDDLReader {
    /// Reads a number, `?duration`, `total-time`, a function term or arithmetic over them.
    /// `(+ a b c)` and `(* a b c)` fold to the left into binary nodes.
    mutating func readNumericExpression() throws(Diagnostic) -> NumericExpression {
        guard let token = cursor.current else {
            throw error(
                "expected a numeric expression, found the end of the file",
                at: cursor.currentLocation)
        }
        switch token.kind {
        case .close:
            throw error("expected a numeric expression, found ')'", at: token.location)
        case .variable:
            cursor.position += 1
            if cursor.symbols[token.symbol] == "duration" && allowsDuration {
                return NumericExpression(.duration, location: token.location)
            }
            throw error(
                "'\(text(token))' is not a numeric expression (numeric variables are not supported;"
                    + " '?duration' only inside a durative action)", at: token.location)
        case .symbol:
            cursor.position += 1
            if let value = cursor.number(token) {
                return NumericExpression(.number(value), location: token.location)
            }
            if text(token) == "total-time" {
                return NumericExpression(.totalTime, location: token.location)
            }
            throw error(
                "expected a number or a function term, found '\(text(token))'", at: token.location)
        case .open:
            break
        }
        let open = cursor.position
        cursor.position += 1
        let location = token.location
        let head = try cursor.expectSymbol("a function or an arithmetic operator after '('")
        if text(head) == "total-time" && functionIDs["total-time"] == nil {
            try cursor.expectClose("after 'total-time'")
            return NumericExpression(.totalTime, location: location)
        }
        guard let operation = ArithmeticOperator(rawValue: text(head)) else {
            return NumericExpression(
                .function(try readFunctionArguments(head: head, location: location)),
                location: location)
        }
        var operands: [NumericExpression] = []
        while !cursor.atClose { operands.append(try readNumericExpression()) }
        let context = "to end the '\(text(head))' expression"
        try cursor.expectClose(context)
        switch operands.count {
        case 0:
            throw error("'\(text(head))' needs operands", at: cursor.tokens[open].location)
        case 1 where operation == .subtract:
            return NumericExpression(.negation(operands[0]), location: location)
        case 1:
            throw error("'\(text(head))' needs two operands", at: location)
        default:
            if operands.count > 2 && (operation == .subtract || operation == .divide) {
                throw error("'\(text(head))' takes two operands", at: location)
            }
            var result = operands[0]
            for operand in operands.dropFirst() {
                result = NumericExpression(.binary(operation, result, operand), location: location)
            }
            return result
        }
    }

    /// Reads the arguments of function `head` and the closing `)`; checks function and arity.
    mutating func readFunctionArguments(head: Token, location: SourceLocation) throws(Diagnostic)
        -> FunctionTerm
    {
        let first = cursor.position
        var arguments: [Term] = []
        while let token = cursor.current, token.kind != .close {
            arguments.append(try readTerm())
        }
        try cursor.expectClose("to end the function term")
        guard let function = functionIDs[text(head)] else {
            report("undeclared function '\(text(head))'", at: head.location)
            return FunctionTerm(function: -1, arguments: arguments, location: location)
        }
        checkArguments(
            arguments, from: first, against: domain.functions[function].parameters,
            of: "function", named: head, location: location)
        return FunctionTerm(function: function, arguments: arguments, location: location)
    }

    /// Reads a function term `(f t…)`.
    mutating func readFunctionTerm() throws(Diagnostic) -> FunctionTerm {
        let open = try cursor.expectOpen("to start a function term")
        let head = try cursor.expectSymbol("a function name after '('")
        return try readFunctionArguments(head: head, location: cursor.tokens[open].location)
    }
}
