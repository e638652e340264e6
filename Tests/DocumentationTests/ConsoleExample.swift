import Foundation
import Testing

/// A command shown in a ```console block (`$ werk …`) and the output the page shows under
/// it, up to the next `$ ` line or the end of the block.
///
/// The shown output is what the command writes to standard output followed by what it
/// writes to standard error. A line holding only `…` stands for any number of lines
/// (including none); `…` inside a line stands for any text.
struct ConsoleExample: Sendable, CustomTestStringConvertible {
    var page: String
    /// The 1-based line of the `$ ` line.
    var line: Int
    var command: String
    var expected: [String]

    var testDescription: String { "\(page):\(line): \(command)" }

    /// The examples of every ```console block of `pages`.
    static func all(in pages: [DocumentationPage]) -> [ConsoleExample] {
        pages.flatMap { page in
            page.codeBlocks.filter { $0.language == "console" }.flatMap { block in
                examples(in: block, page: page.path)
            }
        }
    }

    private static func examples(
        in block: DocumentationPage.CodeBlock, page: String
    ) -> [ConsoleExample] {
        var examples: [ConsoleExample] = []
        for (offset, text) in block.lines.enumerated() {
            if text.hasPrefix("$ ") {
                examples.append(
                    ConsoleExample(
                        page: page, line: block.line + 1 + offset,
                        command: String(text.dropFirst(2)), expected: []))
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected.append(text)
            }
        }
        return examples
    }

    /// Whether `actual` lines are what `expected` shows, `…` standing for what may vary.
    /// Trailing blank lines and trailing spaces are not significant.
    static func output(_ actual: [String], matches expected: [String]) -> Bool {
        let actual = trimmed(actual)
        let expected = trimmed(expected)
        // matched[i][j]: expected[i...] matches actual[j...]; filled from the end.
        var matched = [[Bool]](
            repeating: [Bool](repeating: false, count: actual.count + 1),
            count: expected.count + 1)
        matched[expected.count][actual.count] = true
        for i in stride(from: expected.count - 1, through: 0, by: -1) {
            for j in stride(from: actual.count, through: 0, by: -1) {
                if expected[i] == "…" {
                    matched[i][j] = matched[i + 1][j] || (j < actual.count && matched[i][j + 1])
                } else {
                    matched[i][j] =
                        j < actual.count && line(actual[j], matches: expected[i])
                        && matched[i + 1][j + 1]
                }
            }
        }
        return matched[0][0]
    }

    /// Whether `actual` is `pattern`, each `…` in it standing for any text.
    static func line(_ actual: String, matches pattern: String) -> Bool {
        let parts = pattern.components(separatedBy: "…")
        guard parts.count > 1 else { return actual == pattern }
        guard let first = parts.first, let last = parts.last,
            actual.hasPrefix(first), actual.count >= first.count + last.count
        else { return false }
        var rest = Substring(actual.dropFirst(first.count))
        for part in parts.dropFirst().dropLast() {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.hasSuffix(last)
    }

    private static func trimmed(_ lines: [String]) -> [String] {
        var lines = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while lines.last == "" { lines.removeLast() }
        return lines
    }
}
