import Foundation
import SourceText
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
        let value = try JSONReader.parse("{\n  \"é\": [1,\n    \"x\"]\n}", file: "t.json")
        #expect((value.line, value.column) == (1, 1))
        let array = try #require(value["é"])
        #expect((array.line, array.column) == (2, 9))
        let element = try #require(array.array?.last)
        #expect(element.string == "x")
        #expect((element.line, element.column) == (3, 5))
    }

    @Test("syntax errors say where and what was expected")
    func syntaxErrors() {
        #expect(throws: Diagnostic.self) { try JSONReader.parse("{\"a\": 1,}", file: "t.json") }
        do {
            _ = try JSONReader.parse("[1,\n 2 3]", file: "t.json")
            Issue.record("accepted invalid JSON")
        } catch {
            #expect(error.location == SourceLocation(line: 2, column: 4))
            #expect(error.message.contains("','"))
        }
    }

    @Test(
        "strictness errors point at the offending name, character or number",
        arguments: [
            ("{\"a\": 1,\n  \"a\": 2}", 2, 3, "'a' is given twice in this object"),
            ("[\"ok\",\n \"x\u{01}y\"]", 2, 4, "control character U+0001"),
            ("[1,\n 01]", 2, 2, "malformed number"),
            ("[+1]", 1, 2, "unexpected character"),
            ("[1.]", 1, 2, "malformed number"),
            ("[\"\\ud800\"]", 1, 3, "lone surrogate"),
            ("[\"\\uzzzz\"]", 1, 5, "four hexadecimal digits"),
        ])
    func strictness(text: String, line: Int, column: Int, message: String) {
        do {
            _ = try JSONReader.parse(text, file: "t.json")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.location == SourceLocation(line: line, column: column))
            #expect(error.message.contains(message))
        }
    }

    @Test("invalid UTF-8 in a string is an error at the string")
    func invalidUTF8() {
        do {
            _ = try JSONReader.parse(
                bytes: Array("{\"k\":\n \"".utf8) + [0xFF] + Array("\"}".utf8), file: "t.json")
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.location == SourceLocation(line: 2, column: 2))
        }
    }

    @Test("a surrogate pair escape is one scalar")
    func surrogatePair() throws {
        #expect(try JSONReader.parse("\"\\ud83d\\ude9a\"", file: "t.json").string == "🚚")
    }
}
