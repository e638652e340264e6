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

    init(file: String, text: String) {
        self.file = file
        var tokenLines: [[TextToken]] = []
        var raw: [Substring] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let trimmed = line.last == "\r" ? line.dropLast() : line
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
    func error(_ message: String, at token: TextToken) -> InstanceError {
        InstanceError(file: file, line: token.line, column: token.column, message: message)
    }

    /// An error at the first column of 1-based `line`.
    func error(_ message: String, line: Int, column: Int = 1) -> InstanceError {
        InstanceError(file: file, line: line, column: column, message: message)
    }

    /// The integer value of `token`, which must be at least `minimum`.
    func integer(_ token: TextToken, _ what: String, minimum: Int = 0) throws(InstanceError) -> Int {
        guard let value = Int(token.text) else {
            throw error("expected \(what) (an integer), found '\(token.text)'", at: token)
        }
        guard value >= minimum else {
            throw error("\(what) must be at least \(minimum), found \(value)", at: token)
        }
        return value
    }
}
