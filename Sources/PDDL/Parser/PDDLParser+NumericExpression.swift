public import SourceText

extension PDDLParser {
    /// Parses a numeric expression written outside a PDDL file, such as a scenario's
    /// `"(bake-time ?dish)"`, with `parameters` in scope and the functions and constants of
    /// `domain` resolved. Diagnostics locate errors within `text` (line 1, column 1 is its
    /// first character); callers embedding the text elsewhere shift them.
    public static func parseNumericExpression(
        _ text: String, parameters: [TypedVariable], domain: Domain, fileName: String
    ) throws(DiagnosticList) -> NumericExpression {
        var text = text
        return try text.withUTF8 { bytes in
            Result { () throws(DiagnosticList) in
                let cursor = TokenCursor(bytes: bytes, fileName: fileName)
                guard cursor.isStructurallySound else { throw DiagnosticList(cursor.diagnostics) }
                var reader = PDDLReader(cursor: cursor, domain: domain)
                reader.scope = parameters
                let expression: NumericExpression
                do throws(Diagnostic) {
                    expression = try reader.readNumericExpression()
                    if let extra = reader.cursor.current {
                        throw reader.error(
                            "unexpected '\(reader.text(extra))' after the expression",
                            at: extra.location)
                    }
                } catch {
                    throw DiagnosticList(reader.cursor.diagnostics + [error])
                }
                guard reader.cursor.diagnostics.isEmpty else {
                    throw DiagnosticList(reader.cursor.diagnostics)
                }
                return expression
            }
        }.get()
    }
}
