import Testing

@testable import SourceText

/// The YAML/JSON errors that composing alone places at 1:1 or never raises, each at its own
/// line and column, and the caps on alias expansion and nesting.
@Suite("YAML composer")
struct YAMLComposerTests {
    /// The failure composing `text` must raise.
    private func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try YAMLComposer.compose(text, file: "t.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "errors are at the culprit, with one location",
        arguments: [
            ("name: a\nobjective: x\nname: b\n", 3, 1, "'name' is given twice in this mapping"),
            ("{\n  \"a\": [{\"id\": 1,\n   \"id\": 2}]}", 3, 4, "'id' is given twice"),
            (
                "name: a\nlist: [x, \"y\u{01}z\"]\n", 2, 13,
                "control characters are not allowed (U+0001)"
            ),
            ("? [a, b]\n: 1\n", 1, 3, "a key must be a plain value, not a list"),
            ("base: &b {x: 1}\n*b : 2\n", 2, 1, "a key must be a plain value, not an alias"),
            ("a: [1,\n  2\n", 3, 1, "did not find expected ',' or ']'"),
        ])
    func located(text: String, line: Int, column: Int, message: String) throws {
        let found = try #require(failure(text))
        #expect(found.location == SourceLocation(line: line, column: column))
        #expect(found.message.hasPrefix(message))
        #expect(!found.message.contains("error:"))
    }

    @Test("a repeated key in different mappings is fine, and aliases still compose")
    func validDocuments() throws {
        #expect(failure("a: {id: 1}\nb: {id: 1}\nc: &c [1, 2]\nd: *c\ne: [*c, *c]\n") == nil)
    }

    @Test("aliases that expand beyond the cap are refused where the cap is crossed")
    func billionLaughs() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<10 {
            let items = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(items)]\n"
        }
        let found = try #require(failure(text))
        #expect(found.location.line == 6)
        #expect(found.message.contains("more than \(YAMLComposer.maximumNodes) values"))
    }

    @Test(
        "deep nesting is refused, in block and in flow style",
        arguments: [
            "a:\n  " + String(repeating: "- ", count: 5_000) + "x\n",
            "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
        ])
    func deepNesting(text: String) throws {
        let found = try #require(failure(text))
        #expect(found.message.contains("nested more than \(YAMLComposer.maximumDepth) deep"))
        #expect(found.location.line >= 1 && found.location.column > 1)
    }

}
