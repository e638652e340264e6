/// A recursive-descent JSON reader (RFC 8259) over UTF-8 bytes that tracks positions.
///
/// Strict where a lenient reader would let a later decoder fail without a place: a member
/// name given twice in one object, a control character or invalid UTF-8 inside a string, a
/// number outside the RFC's grammar and a lone surrogate escape are errors at their own line
/// and column.
///
/// - Complexity: O(length of the text).
public struct JSONReader {
    private let file: String
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    /// Parses `text`, read from `file`, as one JSON value.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> JSONValue {
        try parse(bytes: Array(text.utf8), file: file)
    }

    /// Parses the UTF-8 `bytes`, read from `file`, as one JSON value.
    public static func parse(bytes: [UInt8], file: String) throws(Diagnostic) -> JSONValue {
        var reader = JSONReader(file: file, bytes: bytes)
        let value = try reader.value()
        reader.skipWhitespace()
        guard reader.offset == reader.bytes.count else {
            throw reader.error("unexpected text after the JSON value")
        }
        return value
    }

    private init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    private var column: Int { offset - lineStart + 1 }

    private func error(_ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message)
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\n"):
                offset += 1
                line += 1
                lineStart = offset
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                offset += 1
            default:
                return
            }
        }
    }

    private mutating func value() throws(Diagnostic) -> JSONValue {
        skipWhitespace()
        guard offset < bytes.count else { throw error("unexpected end of the file") }
        let (startLine, startColumn) = (line, column)
        func make(_ kind: JSONValue.Kind) -> JSONValue {
            JSONValue(kind: kind, line: startLine, column: startColumn)
        }
        switch bytes[offset] {
        case UInt8(ascii: "{"):
            depth += 1
            defer { depth -= 1 }
            guard depth <= 512 else { throw error("nesting is too deep") }
            offset += 1
            var members: [(key: String, value: JSONValue)] = []
            var names: Set<String> = []
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return make(.object(members))
            }
            while true {
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                    throw error("expected a member name in double quotes")
                }
                let keyPlace = (line: line, column: column)
                let key = try string()
                guard names.insert(key).inserted else {
                    throw Diagnostic(
                        file: file,
                        line: keyPlace.line, column: keyPlace.column,
                        message: "'\(key)' is given twice in this object")
                }
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "expected ':' after a member name")
                members.append((key, try value()))
                skipWhitespace()
                if try separatorOrEnd(UInt8(ascii: "}")) { return make(.object(members)) }
            }
        case UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth <= 512 else { throw error("nesting is too deep") }
            offset += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return make(.array(elements))
            }
            while true {
                elements.append(try value())
                skipWhitespace()
                if try separatorOrEnd(UInt8(ascii: "]")) { return make(.array(elements)) }
            }
        case UInt8(ascii: "\""):
            return make(.string(try string()))
        case UInt8(ascii: "t"):
            try keyword("true")
            return make(.bool(true))
        case UInt8(ascii: "f"):
            try keyword("false")
            return make(.bool(false))
        case UInt8(ascii: "n"):
            try keyword("null")
            return make(.null)
        default:
            return make(.number(try number()))
        }
    }

    /// After an element: `,` (returns false) or the closing bracket (returns true).
    private mutating func separatorOrEnd(_ closing: UInt8) throws(Diagnostic) -> Bool {
        guard offset < bytes.count else { throw error("unexpected end of the file") }
        if bytes[offset] == UInt8(ascii: ",") {
            offset += 1
            return false
        }
        if bytes[offset] == closing {
            offset += 1
            return true
        }
        throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))'")
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(Diagnostic) {
        guard offset < bytes.count, bytes[offset] == byte else { throw error(message) }
        offset += 1
    }

    private mutating func keyword(_ word: String) throws(Diagnostic) {
        let expected = Array(word.utf8)
        guard offset + expected.count <= bytes.count,
            Array(bytes[offset..<offset + expected.count]) == expected
        else { throw error("unexpected character") }
        offset += expected.count
    }

    /// A number in the RFC's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws(Diagnostic) -> Double {
        let start = offset
        let startColumn = column
        func digits() -> Int {
            let first = offset
            while offset < bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset])
            {
                offset += 1
            }
            return offset - first
        }
        func skip(_ byte: UInt8) -> Bool {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
            return true
        }
        func malformed() -> Diagnostic {
            let message = offset == start ? "unexpected character" : "malformed number"
            return Diagnostic(file: file, line: line, column: startColumn, message: message)
        }
        _ = skip(UInt8(ascii: "-"))
        let integerStart = offset
        let integerDigits = digits()
        guard integerDigits > 0,
            integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0")
        else { throw malformed() }
        if skip(UInt8(ascii: ".")), digits() == 0 { throw malformed() }
        if skip(UInt8(ascii: "e")) || skip(UInt8(ascii: "E")) {
            if !skip(UInt8(ascii: "+")) { _ = skip(UInt8(ascii: "-")) }
            guard digits() > 0 else { throw malformed() }
        }
        guard let value = Double(String(decoding: bytes[start..<offset], as: UTF8.self)),
            value.isFinite
        else {
            throw Diagnostic(
                file: file, line: line, column: startColumn, message: "number out of range")
        }
        return value
    }

    private mutating func string() throws(Diagnostic) -> String {
        let opening = (line: line, column: column)
        offset += 1
        var result: [UInt8] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                guard let text = String(validating: result, as: UTF8.self) else {
                    throw Diagnostic(
                        file: file,
                        line: opening.line, column: opening.column,
                        message: "the string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                let escape = (line: line, column: column)
                offset += 1
                guard offset < bytes.count else { break }
                let escaped = bytes[offset]
                offset += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): result.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "b"): result.append(8)
                case UInt8(ascii: "f"): result.append(12)
                case UInt8(ascii: "u"):
                    guard let scalar = try unicodeEscape() else {
                        throw Diagnostic(
                            file: file,
                            line: escape.line, column: escape.column,
                            message: "a \\u escape names a lone surrogate")
                    }
                    result.append(contentsOf: Array(String(Character(scalar)).utf8))
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                    result.append(escaped)
                default:
                    throw Diagnostic(
                        file: file,
                        line: escape.line, column: escape.column,
                        message: "invalid escape in a string")
                }
            case UInt8(ascii: "\n"):
                throw error("line break inside a string")
            case 0..<0x20:
                let code = String(byte, radix: 16, uppercase: true)
                throw error(
                    "control character U+\(String(repeating: "0", count: 4 - code.count))\(code) "
                        + "inside a string (write it as a \\u escape)")
            default:
                result.append(byte)
                offset += 1
            }
        }
        throw error("unterminated string")
    }

    /// The scalar of a `\\u` escape whose `u` has just been read, joining a surrogate pair;
    /// nil for a lone surrogate.
    private mutating func unicodeEscape() throws(Diagnostic) -> Unicode.Scalar? {
        let first = try hexQuad()
        guard (0xD800..<0xDC00).contains(first) else { return Unicode.Scalar(first) }
        guard offset + 2 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"),
            bytes[offset + 1] == UInt8(ascii: "u")
        else { return nil }
        offset += 2
        let second = try hexQuad()
        guard (0xDC00..<0xE000).contains(second) else { return nil }
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    }

    /// Four hexadecimal digits.
    private mutating func hexQuad() throws(Diagnostic) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count,
                let digit = Character(Unicode.Scalar(bytes[offset])).hexDigitValue
            else { throw error("invalid \\u escape: expected four hexadecimal digits") }
            code = code * 16 + UInt32(digit)
            offset += 1
        }
        return code
    }
}
