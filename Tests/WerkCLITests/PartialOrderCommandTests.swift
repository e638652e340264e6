import Foundation
import TestSupport
import Testing

/// `werk plan --partial-order/--dot/--reorder` and `werk validate` on POP files, end to end,
/// on logistics00/p01 of the test corpus.
@Suite("werk partial-order plans")
struct PartialOrderCommandTests {

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-pop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("plan writes a POP that validate accepts; dropping an ordering is rejected")
    func deorderAndValidate() throws {
        let (domain, problem) = try TestCorpus.pddlTask("logistics00", "p01")
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pop = directory.appendingPathComponent("pop.json").path
        let dot = directory.appendingPathComponent("pop.dot").path
        let planned = try WerkProcess.run([
            "plan", domain, problem, "--output", directory.appendingPathComponent("plan").path,
            "--partial-order", pop, "--dot", dot, "--stats",
        ])
        #expect(planned.status == 0)
        #expect(planned.error.contains("flex:") && planned.error.contains("width:"))
        #expect(try String(contentsOfFile: dot, encoding: .utf8).hasPrefix("digraph pop {"))
        let accepted = try WerkProcess.run(["validate", domain, problem, pop])
        #expect(accepted.status == 0)
        #expect(accepted.output.contains("every linearisation is valid"))

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: pop)))
                as? [String: Any])
        var orderings = try #require(json["orderings"] as? [[String: String]])
        #expect(!orderings.isEmpty)
        orderings.removeFirst()
        var weaker = json
        weaker["orderings"] = orderings
        weaker["links"] = []
        let weakerPath = directory.appendingPathComponent("weaker.json").path
        try JSONSerialization.data(withJSONObject: weaker).write(
            to: URL(fileURLWithPath: weakerPath))
        let rejected = try WerkProcess.run(["validate", domain, problem, weakerPath])
        #expect(rejected.status == 1)
        #expect(rejected.output.contains("counter-example linearisation:"))
    }

    @Test("malformed POP files exit 2 with file:line:column")
    func malformed() throws {
        let (domain, problem) = try TestCorpus.pddlTask("logistics00", "p01")
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.json").path
        try "{\"steps\": [\n  {\"id\": \"s1\", \"action\": \"(drive-truck\"}, 7]}".write(
            toFile: path, atomically: true, encoding: .utf8)
        let result = try WerkProcess.run(["validate", domain, problem, path])
        #expect(result.status == 2)
        #expect(result.error.contains("\(path):2:"))
    }

    @Test("--reorder writes a valid POP")
    func reorder() throws {
        let (domain, problem) = try TestCorpus.pddlTask("logistics00", "p01")
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pop = directory.appendingPathComponent("pop.json").path
        let planned = try WerkProcess.run([
            "plan", domain, problem, "--output", directory.appendingPathComponent("plan").path,
            "--partial-order", pop, "--reorder", "--reorder-time-limit", "2", "--stats",
        ])
        #expect(planned.status == 0)
        #expect(planned.error.contains("partial order: reordering"))
        #expect(try WerkProcess.run(["validate", domain, problem, pop]).status == 0)
        #expect(try WerkProcess.run(["plan", domain, problem, "--reorder"]).status == 2)
    }
}
