import Foundation
public import SourceText

/// Reads plans in the IPC text format: one `(action arg…)` per step, `;` comments; temporal
/// plans prefix each step with `time:` and may follow it with `[duration]`.
public enum PlanReader {
    /// Whether `bytes` may be an IPC plan: anything but a JSON document, whose first byte
    /// outside whitespace and comments is `{` or `[`.
    public static func accepts(_ bytes: some Collection<UInt8>) -> Bool {
        var inComment = false
        for byte in bytes {
            if inComment {
                if byte == UInt8(ascii: "\n") { inComment = false }
                continue
            }
            switch byte {
            case UInt8(ascii: ";"): inComment = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return false
            default: return true
            }
        }
        return true
    }

    /// Reads the plan file at `path`.
    public static func read(contentsOf path: String) throws(DiagnosticList) -> [PlanStep] {
        let data = try PDDLParser.read(path)
        return try data.withUnsafeBytes { raw in
            Result { () throws(DiagnosticList) in
                try read(bytes: raw.bindMemory(to: UInt8.self), fileName: path)
            }
        }.get()
    }

    /// Reads a plan from `text`; `fileName` names it in diagnostics.
    public static func read(_ text: String, fileName: String = "plan") throws(DiagnosticList)
        -> [PlanStep]
    {
        var text = text
        return try text.withUTF8 { bytes in
            Result { () throws(DiagnosticList) in try read(bytes: bytes, fileName: fileName) }
        }.get()
    }

    /// Reads a plan from raw bytes, reporting every malformed step.
    static func read(bytes: UnsafeBufferPointer<UInt8>, fileName: String) throws(DiagnosticList)
        -> [PlanStep]
    {
        var cursor = TokenCursor(bytes: bytes, fileName: fileName)
        guard cursor.isStructurallySound else { throw DiagnosticList(cursor.diagnostics) }
        var steps: [PlanStep] = []
        var prefix: [Token] = []
        while let token = cursor.current {
            switch token.kind {
            case .symbol, .variable:
                prefix.append(token)
                cursor.position += 1
            case .close:
                cursor.report("unmatched ')'", at: token.location)
                cursor.position += 1
            case .open:
                let open = cursor.position
                do throws(Diagnostic) {
                    steps.append(try readStep(&cursor, prefix: prefix))
                } catch {
                    cursor.record(error)
                    cursor.skipList(openedAt: open)
                    skipDuration(&cursor, line: token.location.line)
                }
                prefix = []
            }
        }
        if let stray = prefix.first {
            cursor.report(
                "unexpected '\(cursor.text(of: stray))' after the last step", at: stray.location)
        }
        guard cursor.diagnostics.isEmpty else { throw DiagnosticList(cursor.diagnostics) }
        return steps
    }

    /// Reads `(name arg…)` with the optional `time:` in `prefix` and `[duration]` after it.
    private static func readStep(_ cursor: inout TokenCursor, prefix: [Token]) throws(Diagnostic)
        -> PlanStep
    {
        let open = try cursor.expectOpen("to start a plan step")
        let location = cursor.tokens[open].location
        var time: Double?
        if let first = prefix.first {
            let text = prefix.map { cursor.text(of: $0) }.joined()
            guard text.hasSuffix(":"), let value = Double(text.dropLast()), value.isFinite
            else {
                throw cursor.error(
                    "expected a step '(action arg…)' or a time such as '0.5:' before it, found "
                        + "'\(text)'", at: first.location)
            }
            time = value
        }
        let name = try cursor.expectSymbol("an action name")
        var arguments: [String] = []
        while !cursor.atClose {
            let argument = try cursor.expectSymbol("an object name")
            arguments.append(cursor.text(of: argument))
        }
        try cursor.expectClose("to end the step")
        var duration: Double?
        if let token = cursor.current, token.kind == .symbol,
            token.location.line == cursor.tokens[open].location.line,
            cursor.text(of: token).hasPrefix("[")
        {
            var text = ""
            while let part = cursor.current, part.kind == .symbol,
                part.location.line == token.location.line
            {
                text += cursor.text(of: part)
                cursor.position += 1
                if text.hasSuffix("]") { break }
            }
            guard text.hasSuffix("]"), let value = Double(text.dropFirst().dropLast()),
                value.isFinite, value >= 0
            else {
                throw cursor.error(
                    "expected a duration such as '[2.5]', found '\(text)'", at: token.location)
            }
            duration = value
        }
        return PlanStep(
            actionName: cursor.text(of: name), arguments: arguments, time: time,
            duration: duration, location: location)
    }

    /// After a malformed step, skips a `[duration]` on its line.
    private static func skipDuration(_ cursor: inout TokenCursor, line: Int32) {
        while let token = cursor.current, token.kind == .symbol, token.location.line == line {
            cursor.position += 1
        }
    }
}
