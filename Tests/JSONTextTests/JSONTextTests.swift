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
}
