import SourceText

/// The token cursor shared by the domain, problem and plan parsers.
///
/// The text is first checked for balanced parentheses and bounded nesting, iteratively; the
/// recursive descent that follows therefore never recurses deeper than ``maximumNesting``.
struct TokenCursor {
    /// The deepest parenthesis nesting accepted (real PDDL nests a few dozen levels at most).
    static let maximumNesting = 200

    /// At most this many diagnostics are reported for one file.
    static let maximumDiagnostics = 50

    /// The file name used in diagnostics.
    let fileName: String
    /// The tokens of the text.
    let tokens: [Token]
    /// The text of symbol ids.
    let symbols: SymbolTable
    /// For each `(` token, the index of its matching `)`.
    private(set) var matchingClose: [Int32]
    /// The index of the next token.
    var position = 0
    /// The errors met so far.
    var diagnostics: [Diagnostic] = []
    /// Where the text ends (for "unexpected end" errors).
    let endLocation: SourceLocation

    /// Tokenizes `bytes` and checks its parenthesis structure; lexical and structural errors
    /// are in ``diagnostics`` (a parser with structural errors must not be used further).
    init(bytes: UnsafeBufferPointer<UInt8>, fileName: String) {
        self.fileName = fileName
        let lexed = Lexer.tokenize(bytes, symbols: SymbolTable())
        tokens = lexed.tokens
        symbols = lexed.symbols
        endLocation = Self.location(afterEndOf: bytes)
        matchingClose = []
        for (location, message) in lexed.errors {
            diagnostics.append(Diagnostic(file: fileName, location: location, message: message))
        }
        checkStructure()
    }

    /// Whether the structure is sound enough to parse.
    var isStructurallySound: Bool { diagnostics.isEmpty }

    /// The line and column just past the last byte.
    private static func location(afterEndOf bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line: Int32 = 1
        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(line: line, column: Int32(bytes.count - lineStart + 1))
    }

    /// Matches parentheses with an explicit stack, O(tokens); reports stray `)`, unclosed `(`
    /// and nesting beyond ``maximumNesting``.
    private mutating func checkStructure() {
        matchingClose = [Int32](repeating: -1, count: tokens.count)
        var open: [Int] = []
        var reportedDepth = false
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .open:
                open.append(index)
                if open.count > Self.maximumNesting && !reportedDepth {
                    reportedDepth = true
                    report(
                        "parentheses nested deeper than \(Self.maximumNesting) levels",
                        at: token.location)
                }
            case .close:
                if let start = open.popLast() {
                    matchingClose[start] = Int32(index)
                } else {
                    report("unmatched ')'", at: token.location)
                }
            case .symbol, .variable:
                break
            }
        }
        if let innermost = open.last {
            report(
                "'(' is never closed (the file ends at \(endLocation))",
                at: tokens[innermost].location)
        }
    }

    // MARK: Errors

    /// A diagnostic at `location` in this file.
    func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(file: fileName, location: location, message: message)
    }

    /// Records an error and goes on.
    mutating func report(_ message: String, at location: SourceLocation) {
        if diagnostics.count < Self.maximumDiagnostics {
            diagnostics.append(error(message, at: location))
        }
    }

    /// Records a thrown diagnostic.
    mutating func record(_ diagnostic: Diagnostic) {
        if diagnostics.count < Self.maximumDiagnostics { diagnostics.append(diagnostic) }
    }

    // MARK: Tokens

    /// The next token, nil at the end.
    var current: Token? { position < tokens.count ? tokens[position] : nil }

    /// The location of the next token, or of the end of the text.
    var currentLocation: SourceLocation { current?.location ?? endLocation }

    /// Whether the next token is `)` (or the text ended).
    var atClose: Bool { current.map { $0.kind == .close } ?? true }

    /// Whether the next token is `(`.
    var atOpen: Bool { current?.kind == .open }

    /// The text of a symbol or variable token, `(`/`)` for parentheses.
    func text(of token: Token) -> String {
        switch token.kind {
        case .open: "("
        case .close: ")"
        case .symbol: symbols[token.symbol]
        case .variable: "?" + symbols[token.symbol]
        }
    }

    /// How the next token is shown in "found …" messages.
    var currentDescription: String {
        current.map { "'\(text(of: $0))'" } ?? "the end of the file"
    }

    /// Consumes `(` and returns its token index.
    mutating func expectOpen(_ context: @autoclosure () -> String) throws(Diagnostic) -> Int {
        guard let token = current, token.kind == .open else {
            throw error(
                "expected '(' \(context()), found \(currentDescription)", at: currentLocation)
        }
        position += 1
        return position - 1
    }

    /// Consumes `)`.
    mutating func expectClose(_ context: @autoclosure () -> String) throws(Diagnostic) {
        guard let token = current, token.kind == .close else {
            throw error(
                "expected ')' \(context()), found \(currentDescription)", at: currentLocation)
        }
        position += 1
    }

    /// Consumes a symbol and returns it.
    mutating func expectSymbol(_ what: @autoclosure () -> String) throws(Diagnostic) -> Token {
        guard let token = current, token.kind == .symbol else {
            throw error("expected \(what()), found \(currentDescription)", at: currentLocation)
        }
        position += 1
        return token
    }

    /// Consumes the keyword `keyword` (lowercase).
    mutating func expectKeyword(_ keyword: String) throws(Diagnostic) {
        guard let token = current, token.kind == .symbol, symbols[token.symbol] == keyword else {
            throw error("expected '\(keyword)', found \(currentDescription)", at: currentLocation)
        }
        position += 1
    }

    /// Moves past the `)` that closes the `(` at token index `open`.
    mutating func skipList(openedAt open: Int) {
        let close = Int(matchingClose[open])
        position = close >= 0 ? close + 1 : tokens.count
    }

    /// The symbol's number value, if it is a finite decimal number.
    func number(_ token: Token) -> Double? {
        guard token.kind == .symbol else { return nil }
        let text = symbols[token.symbol]
        guard let first = text.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }
}
