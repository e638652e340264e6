import Foundation
import SourceText
import Testing

@testable import Scheduling

@Suite("Malformed inputs")
struct MalformedInputTests {
    /// Parses fixture `name` and returns the error it must raise.
    private func error(_ name: String, format: InstanceFormat = .auto) throws -> Diagnostic {
        let url = TestData.fixture(name)
        let contents = try String(contentsOf: url, encoding: .utf8)
        do {
            _ = try format.parse(file: name, contents: contents)
        } catch {
            return error
        }
        Issue.record("\(name) parsed without error")
        return Diagnostic(file: "", location: .unknown, message: "")
    }

    @Test("A successor that does not exist is reported at its token")
    func badSuccessor() throws {
        let failure = try error("bad_successor.sm")
        #expect(failure.location.line == 20)
        #expect(failure.location.column == 43)
        #expect(failure.description.hasPrefix("bad_successor.sm:20:43: error: successor 99"))
    }

    @Test("A missing section is named")
    func missingSection() throws {
        let failure = try error("missing_availabilities.sm")
        #expect(failure.message.contains("RESOURCEAVAILABILITIES"))
    }

    @Test("Job shop: a non-number and a wrong job count")
    func jobShop() throws {
        let word = try error("bad_jobshop.txt", format: .jobshop)
        #expect(word.location == SourceLocation(line: 2, column: 7))
        let count = try error("missing_job.txt", format: .jobshop)
        #expect(count.message.contains("declares 3 jobs"))
    }

    @Test("YAML: unknown resource, syntax error, unknown activity (JSON)")
    func werkvloei() throws {
        let resource = try error("unknown_resource.yaml")
        #expect(resource.message == "unknown resource 'crane'")
        #expect(resource.location == SourceLocation(line: 6, column: 15))
        let syntax = try error("bad_syntax.yaml")
        #expect(syntax.location.line >= 2)
        let activity = try error("unknown_activity.json")
        #expect(activity.message == "unknown activity 'b'")
        #expect(activity.location.line == 3)
    }

    @Test("Patterson: a truncated file")
    func truncated() throws {
        let failure = try error("truncated.rcp", format: .rcp)
        #expect(failure.message.contains("unexpected end of file"))
    }

    @Test("the scheduling reader reports a control character with one location")
    func schedulingJSON() {
        let text = "{\"name\": \"x\",\n \"activities\": [{\"id\": \"a\u{01}\", \"duration\": 1}]}"
        do {
            _ = try InstanceFormat.auto.parse(file: "orders.json", contents: text)
            Issue.record("accepted a control character")
        } catch {
            #expect(
                error.description
                    == "orders.json:2:26: error: control characters are not allowed (U+0001)")
        }
    }
}
