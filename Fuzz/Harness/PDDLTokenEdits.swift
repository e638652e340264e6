/// The `pddl-tokens` target's reading of the fuzzer's bytes: edits on the token streams of a
/// valid domain and problem, so that nearly every input gets past the lexer and deep into
/// parsing and grounding.
///
/// The first byte picks the seed; every following group of four bytes is one edit
/// `(operation, position high, position low, argument)`: delete a token, duplicate it, swap
/// it with another, replace it with a word of ``dictionary``, or insert such a word before
/// it. Bit 3 of the operation byte picks the file (domain or problem).
enum PDDLTokenEdits {
    /// PDDL's keywords, parentheses, variables and numbers (with huge, tiny and malformed
    /// ones), the words edits put in.
    static let dictionary: [String] = [
        "(", ")", "(", ")", "define", "domain", "problem", ":domain", ":requirements",
        ":strips", ":typing", ":negative-preconditions", ":disjunctive-preconditions",
        ":equality", ":existential-preconditions", ":universal-preconditions",
        ":conditional-effects", ":durative-actions", ":timed-initial-literals",
        ":action-costs", ":numeric-fluents", ":derived-predicates", ":types", ":constants",
        ":predicates", ":functions", ":action", ":durative-action", ":derived", ":parameters",
        ":precondition", ":effect", ":duration", ":condition", ":objects", ":init", ":goal",
        ":metric", "minimize", "maximize", "total-cost", "total-time", "and", "or", "not",
        "imply", "exists", "forall", "when", "at", "start", "end", "over", "all", "increase",
        "decrease", "assign", "scale-up", "=", "<", "<=", ">", ">=", "+", "-", "*", "/",
        "?duration", "?x", "?y", "object", "either", "number", "0", "1", "-1", "0.5", "007",
        "1e308", "1e309", "-1e309", "1e-400", "4294967296", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999",
        "1.7976931348623157e308", "nan", "inf", ";", "\"", "#t",
    ]

    /// The domain and problem texts after the edits in `bytes`, applied to one of `seeds`.
    static func apply(_ bytes: [UInt8], to seeds: [PDDLTokenSeed]) -> (
        domain: String, problem: String
    ) {
        guard let first = bytes.first, !seeds.isEmpty else { return ("", "") }
        let seed = seeds[Int(first) % seeds.count]
        var files = [seed.domain, seed.problem]
        var index = 1
        while index + 4 <= bytes.count {
            let operation = bytes[index]
            let file = Int(operation >> 3) & 1
            let position = Int(bytes[index + 1]) << 8 | Int(bytes[index + 2])
            edit(&files[file], operation: operation % 5, at: position, argument: bytes[index + 3])
            index += 4
        }
        return (files[0].joined(separator: " "), files[1].joined(separator: " "))
    }

    private static func edit(
        _ tokens: inout [String], operation: UInt8, at position: Int, argument: UInt8
    ) {
        let word = dictionary[Int(argument) % dictionary.count]
        guard !tokens.isEmpty else {
            tokens.append(word)
            return
        }
        let at = position % tokens.count
        switch operation {
        case 0: tokens.remove(at: at)
        case 1: tokens.insert(tokens[at], at: at)
        case 2: tokens.swapAt(at, (position + Int(argument) * 257) % tokens.count)
        case 3: tokens[at] = word
        default: tokens.insert(word, at: at)
        }
    }
}
