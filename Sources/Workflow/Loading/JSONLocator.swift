/// Finds where a value sits in JSON text and where the text stops being valid JSON.
///
/// `JSONDecoder` reports structural errors with a coding path but no position; this scanner
/// turns a `JSONPath` back into a line and column, and reports syntax errors with one.
/// Each query is one left-to-right scan of the text, O(length).
struct JSONLocator {
    /// A line and column, both counted from 1; columns count UTF-8 bytes.
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// A syntax error: what was expected and where.
    struct SyntaxError: Error {
        var message: String
        var offset: Int
    }

    private let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The position of the byte at `offset`.
    func position(ofOffset offset: Int) -> Position {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return Position(line: line, column: offset - lineStart + 1)
    }

    /// Checks that the whole text is one JSON value; throws the first syntax error.
    func validate() throws(SyntaxError) {
        var cursor = Cursor(bytes: bytes)
        cursor.skipWhitespace()
        try cursor.skipValue()
        cursor.skipWhitespace()
        if cursor.offset < bytes.count {
            throw SyntaxError(
                message: "unexpected text after the JSON value", offset: cursor.offset)
        }
    }

    /// The position of the value at `path`, or of the deepest enclosing value that exists.
    func position(of path: JSONPath) -> Position {
        var cursor = Cursor(bytes: bytes)
        cursor.skipWhitespace()
        var target = path.components[...]
        let offset = (try? cursor.locate(&target)) ?? cursor.offset
        return position(ofOffset: offset)
    }
}

/// A read position in JSON text with the scanning primitives of `JSONLocator`.
private struct Cursor {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            offset += 1
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(JSONLocator.SyntaxError) {
        guard current == byte else {
            throw JSONLocator.SyntaxError(message: "expected \(what)", offset: offset)
        }
        offset += 1
    }

    /// Walks down `target` from the value at the cursor; returns the offset of the last value
    /// found. Stops early (with the enclosing value's offset) when the path does not exist.
    mutating func locate(_ target: inout ArraySlice<JSONPath.Component>) throws(JSONLocator
        .SyntaxError)
        -> Int
    {
        let start = offset
        guard let component = target.popFirst() else { return start }
        switch (component, current) {
        case (.key(let wanted), UInt8(ascii: "{")?):
            offset += 1
            skipWhitespace()
            if current == UInt8(ascii: "}") { return start }
            while true {
                skipWhitespace()
                let key = try readString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "':'")
                skipWhitespace()
                if key == wanted { return try locate(&target) }
                try skipValue()
                skipWhitespace()
                if current == UInt8(ascii: ",") { offset += 1 } else { return start }
            }
        case (.index(let wanted), UInt8(ascii: "[")?):
            offset += 1
            skipWhitespace()
            if current == UInt8(ascii: "]") { return start }
            var index = 0
            while true {
                skipWhitespace()
                if index == wanted { return try locate(&target) }
                try skipValue()
                skipWhitespace()
                index += 1
                if current == UInt8(ascii: ",") { offset += 1 } else { return start }
            }
        default:
            return start
        }
    }

    /// Skips one value (object, array, string, number, literal) and validates it.
    mutating func skipValue() throws(JSONLocator.SyntaxError) {
        guard let byte = current else {
            throw JSONLocator.SyntaxError(message: "expected a value", offset: offset)
        }
        switch byte {
        case UInt8(ascii: "{"):
            offset += 1
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                offset += 1
                return
            }
            while true {
                skipWhitespace()
                _ = try readString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "':' after an object key")
                skipWhitespace()
                try skipValue()
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    offset += 1
                } else {
                    try expect(UInt8(ascii: "}"), "',' or '}' in an object")
                    return
                }
            }
        case UInt8(ascii: "["):
            offset += 1
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                offset += 1
                return
            }
            while true {
                skipWhitespace()
                try skipValue()
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    offset += 1
                } else {
                    try expect(UInt8(ascii: "]"), "',' or ']' in an array")
                    return
                }
            }
        case UInt8(ascii: "\""):
            _ = try readString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            skipNumber()
        case UInt8(ascii: "t"): try skipLiteral("true")
        case UInt8(ascii: "f"): try skipLiteral("false")
        case UInt8(ascii: "n"): try skipLiteral("null")
        default:
            throw JSONLocator.SyntaxError(message: "expected a value", offset: offset)
        }
    }

    private mutating func skipLiteral(_ literal: String) throws(JSONLocator.SyntaxError) {
        for byte in literal.utf8 {
            try expect(byte, "'\(literal)'")
        }
    }

    private mutating func skipNumber() {
        while let byte = current,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        {
            offset += 1
        }
    }

    /// Reads a string literal (the cursor is on its opening quote) and returns its raw text;
    /// escapes are skipped, not decoded, which is enough to compare plain keys.
    private mutating func readString() throws(JSONLocator.SyntaxError) -> String {
        try expect(UInt8(ascii: "\""), "a string in double quotes")
        let start = offset
        while let byte = current {
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<offset], as: UTF8.self)
                offset += 1
                return text
            }
            if byte < 0x20 {
                throw JSONLocator.SyntaxError(
                    message: "control character in a string", offset: offset)
            }
            offset += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        throw JSONLocator.SyntaxError(message: "unterminated string", offset: start - 1)
    }
}
