import SourceText

/// Splits PDDL bytes into tokens: parentheses, lowercased names and `?variables`.
///
/// Works on raw bytes in one pass, O(n). Comments run from `;` to the end of the line and may
/// hold any bytes. Bytes that cannot start a token (control characters, non-ASCII outside
/// comments) are reported and skipped so that lexing goes on.
struct Lexer {
    /// The tokens, the symbols they name and the errors met.
    struct Output {
        var tokens: [Token]
        var symbols: SymbolTable
        var errors: [(SourceLocation, String)]
    }

    /// At most this many byte errors are reported for one file (binary input would flood).
    static let maximumByteErrors = 10

    /// Tokenizes `bytes`, interning names into `symbols`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, symbols: SymbolTable) -> Output {
        var output = Output(tokens: [], symbols: symbols, errors: [])
        output.tokens.reserveCapacity(bytes.count / 4)
        // A UTF-8 byte order mark, which some editors write, is not part of the text.
        let hasByteOrderMark =
            bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var index = hasByteOrderMark ? 3 : 0
        var line: Int32 = 1
        var lineStart = index
        let count = bytes.count
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                index += 1
            case UInt8(ascii: ";"):
                while index < count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                let location = SourceLocation(line: line, column: Int32(index - lineStart + 1))
                output.tokens.append(
                    Token(
                        kind: byte == UInt8(ascii: "(") ? .open : .close, symbol: -1,
                        location: location))
                index += 1
            default:
                let location = SourceLocation(line: line, column: Int32(index - lineStart + 1))
                let isVariable = byte == UInt8(ascii: "?")
                var end = isVariable ? index + 1 : index
                while end < count && isNameByte(bytes[end]) { end += 1 }
                if end == index || (isVariable && end == index + 1) {
                    if output.errors.count < maximumByteErrors {
                        let message =
                            isVariable
                            ? "expected a variable name after '?'"
                            : "unexpected byte 0x\(String(byte, radix: 16, uppercase: true))"
                        output.errors.append((location, message))
                    }
                    index = max(end, index + 1)
                    continue
                }
                scratch.removeAll(keepingCapacity: true)
                for position in (isVariable ? index + 1 : index)..<end {
                    let character = bytes[position]
                    scratch.append(
                        character >= UInt8(ascii: "A") && character <= UInt8(ascii: "Z")
                            ? character + 32 : character)
                }
                let symbol = output.symbols.intern(String(decoding: scratch, as: UTF8.self))
                output.tokens.append(
                    Token(
                        kind: isVariable ? .variable : .symbol, symbol: symbol, location: location))
                index = end
            }
        }
        return output
    }

    /// Whether `byte` may appear inside a name: printable ASCII other than `(`, `)`, `;`, `?`.
    @inline(__always)
    static func isNameByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "(") && byte != UInt8(ascii: ")")
            && byte != UInt8(ascii: ";") && byte != UInt8(ascii: "?")
    }
}
