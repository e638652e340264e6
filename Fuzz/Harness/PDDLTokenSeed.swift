import Foundation

/// A valid domain and problem split into PDDL tokens, the start of `pddl-tokens` inputs.
struct PDDLTokenSeed {
    var domain: [String]
    var problem: [String]

    /// Reads and splits the two files.
    init(domainPath: String, problemPath: String) throws {
        domain = Self.tokens(of: try String(contentsOfFile: domainPath, encoding: .utf8))
        problem = Self.tokens(of: try String(contentsOfFile: problemPath, encoding: .utf8))
    }

    /// The tokens of PDDL `text`: parentheses, and words between them and white space;
    /// comments (`;` to the end of the line) are dropped.
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        var inComment = false
        func endWord() {
            if !word.isEmpty { tokens.append(word) }
            word = ""
        }
        for character in text {
            if inComment {
                inComment = !character.isNewline
            } else if character == ";" {
                endWord()
                inComment = true
            } else if character == "(" || character == ")" {
                endWord()
                tokens.append(String(character))
            } else if character.isWhitespace {
                endWord()
            } else {
                word.append(character)
            }
        }
        endWord()
        return tokens
    }
}
