/// A recursive-descent JSON reader (RFC 8259) over UTF-8 bytes that tracks positions.
///
/// - Complexity: O(length of the text).
public struct JSONReader {
    /// A syntax error at a position.
    public struct SyntaxError: Error, Sendable {
        /// 1-based line.
        public let line: Int
        /// 1-based column, in UTF-8 bytes.
        public let column: Int
        /// What was expected.
        public let message: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    /// Parses `text` as one JSON value.
    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses the UTF-8 `bytes` as one JSON value.
    public static func parse(bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        let value = try reader.value()
        reader.skipWhitespace()
        guard reader.offset == reader.bytes.count else {
            throw reader.error("unexpected text after the JSON value")
        }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var column: Int { offset - lineStart + 1 }

    private func error(_ message: String) -> SyntaxError {
        SyntaxError(line: line, column: column, message: message)
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

    private mutating func value() throws(SyntaxError) -> JSONValue {
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
                let key = try string()
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
    private mutating func separatorOrEnd(_ closing: UInt8) throws(SyntaxError) -> Bool {
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

    private mutating func expect(_ byte: UInt8, _ message: String) throws(SyntaxError) {
        guard offset < bytes.count, bytes[offset] == byte else { throw error(message) }
        offset += 1
    }

    private mutating func keyword(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard offset + expected.count <= bytes.count,
            Array(bytes[offset..<offset + expected.count]) == expected
        else { throw error("unexpected character") }
        offset += expected.count
    }

    private mutating func number() throws(SyntaxError) -> Double {
        let start = offset
        while offset < bytes.count,
            "+-0123456789.eE".utf8.contains(bytes[offset])
        {
            offset += 1
        }
        guard offset > start,
            let value = Double(String(decoding: bytes[start..<offset], as: UTF8.self)),
            value.isFinite
        else {
            offset = start
            throw error("unexpected character")
        }
        return value
    }

    private mutating func string() throws(SyntaxError) -> String {
        offset += 1
        var result: [UInt8] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"):
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
                    guard offset + 4 <= bytes.count,
                        let code = UInt32(
                            String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
                    else { throw error("invalid \\u escape") }
                    offset += 4
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    result.append(contentsOf: Array(String(Character(scalar)).utf8))
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                    result.append(escaped)
                default:
                    throw error("invalid escape in a string")
                }
            case UInt8(ascii: "\n"):
                throw error("line break inside a string")
            default:
                result.append(byte)
                offset += 1
            }
        }
        throw error("unterminated string")
    }
}
