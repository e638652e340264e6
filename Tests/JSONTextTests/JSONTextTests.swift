import Foundation
import JSONText
import Testing

@Suite("JSON string literals")
struct JSONTextTests {
    @Test(
        "every literal parses back to the original text",
        arguments: [
            "", "plain", "say \"hi\"", "back\\slash", "line\nbreak\r\ttab", "bell\u{07}nul\u{00}",
            "(drive truck-1 depot/0)", "ünïcødé ✓ 🚚",
        ])
    func roundTrip(text: String) throws {
        let literal = JSONText.string(text)
        let parsed = try JSONSerialization.jsonObject(
            with: Data(literal.utf8), options: .fragmentsAllowed)
        #expect(parsed as? String == text)
    }

    @Test("control characters become \\u escapes, other text stays as it is")
    func escapes() {
        #expect(JSONText.string("a\u{01}b") == "\"a\\u0001b\"")
        #expect(JSONText.string("é/✓") == "\"é/✓\"")
    }

    @Test("the reader keeps each value's line and column (UTF-8 bytes)")
    func positions() throws {
        let value = try JSONReader.parse("{\n  \"é\": [1,\n    \"x\"]\n}")
        #expect((value.line, value.column) == (1, 1))
        let array = try #require(value["é"])
        #expect((array.line, array.column) == (2, 9))
        let element = try #require(array.array?.last)
        #expect(element.string == "x")
        #expect((element.line, element.column) == (3, 5))
    }

    @Test("syntax errors say where and what was expected")
    func syntaxErrors() {
        #expect(throws: JSONReader.SyntaxError.self) { try JSONReader.parse("{\"a\": 1,}") }
        do {
            _ = try JSONReader.parse("[1,\n 2 3]")
            Issue.record("accepted invalid JSON")
        } catch {
            #expect((error.line, error.column) == (2, 4))
            #expect(error.message.contains("','"))
        }
    }
}
