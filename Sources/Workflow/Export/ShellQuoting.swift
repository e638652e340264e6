/// Quoting for POSIX `sh` words and Python string literals, as the exporters need them.
enum ShellQuoting {
    /// `word` as one `sh` word: unchanged when it only has safe characters, otherwise in
    /// single quotes with each `'` written as `'\''`.
    static func quote(_ word: String) -> String {
        let safe =
            !word.isEmpty
            && word.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || "_./:=@%+,-".utf8.contains(byte)
            }
        if safe { return word }
        return "'" + word.replacingAll("'", with: #"'\''"#) + "'"
    }

    /// `argv` as an `sh` command line that runs exactly that program with those arguments.
    static func commandLine(_ argv: [String]) -> String {
        argv.map(quote).joined(separator: " ")
    }

    /// `text` as a double-quoted Python string literal.
    static func pythonLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += #"\\"#
            case "\"": literal += #"\""#
            case "\n": literal += #"\n"#
            case "\r": literal += #"\r"#
            case "\t": literal += #"\t"#
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                literal += #"\x"# + (hex.count < 2 ? "0" + hex : hex)
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}

extension String {
    /// The string with every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
