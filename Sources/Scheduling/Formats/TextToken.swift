import SourceText

/// A whitespace-separated word of a text instance file and where it starts.
struct TextToken: Sendable, Hashable {
    var text: Substring
    var line: Int
    var column: Int
}

/// The lines of a text file split into tokens, with helpers that report errors at a place.
///
/// Splitting costs O(characters); every lookup afterwards is O(1).
struct TokenizedText {
    let file: String
    /// Tokens of each line; `lines[i]` is line `i + 1`.
    let lines: [[TextToken]]
    /// The raw text of each line, for section headers.
    let rawLines: [Substring]

    /// Splits `text` at LF, CRLF and CR line ends, after a leading UTF-8 byte order mark.
    init(file: String, text: String) {
        self.file = file
        var tokenLines: [[TextToken]] = []
        var raw: [Substring] = []
        let body = text.first == "\u{FEFF}" ? text.dropFirst() : Substring(text)
        // "\r\n" is one Character in Swift, so splitting at "\n" alone misses it.
        let lineEnds: Set<Character> = ["\n", "\r\n", "\r"]
        for (index, trimmed) in body.split(
            omittingEmptySubsequences: false, whereSeparator: lineEnds.contains
        ).enumerated() {
            raw.append(trimmed)
            var tokens: [TextToken] = []
            var column = 1
            var start: Substring.Index?
            var startColumn = 1
            for position in trimmed.indices {
                if trimmed[position] == " " || trimmed[position] == "\t" {
                    if let begin = start {
                        tokens.append(
                            TextToken(
                                text: trimmed[begin..<position], line: index + 1,
                                column: startColumn))
                        start = nil
                    }
                } else if start == nil {
                    start = position
                    startColumn = column
                }
                column += 1
            }
            if let begin = start {
                tokens.append(
                    TextToken(text: trimmed[begin...], line: index + 1, column: startColumn))
            }
            tokenLines.append(tokens)
        }
        lines = tokenLines
        rawLines = raw
    }

    /// An error at `token`, or at the start of `line` when there is no token.
    func error(_ message: String, at token: TextToken) -> Diagnostic {
        Diagnostic(file: file, line: token.line, column: token.column, message: message)
    }

    /// An error at the first column of 1-based `line`.
    func error(_ message: String, line: Int, column: Int = 1) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message)
    }

    /// The integer value of `token`, which must be at least `minimum` and at most `maximum`
    /// (by default ``SchedulingLimits/maximumTime``, which is also the limit of every
    /// count, demand and capacity these formats hold).
    func integer(
        _ token: TextToken, _ what: String, minimum: Int = 0,
        maximum: Int = SchedulingLimits.maximumTime
    ) throws(Diagnostic) -> Int {
        guard let value = Int(token.text) else {
            throw error("expected \(what) (an integer), found '\(token.text)'", at: token)
        }
        guard value >= minimum else {
            throw error("\(what) must be at least \(minimum), found \(value)", at: token)
        }
        guard value <= maximum else {
            throw error("\(what) must be at most \(maximum), found \(value)", at: token)
        }
        return value
    }
}
