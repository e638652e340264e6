import Foundation
import TestSupport
import Testing

/// Files named on the command line are written even when their folders do not exist yet
/// (as on a fresh clone, where `out/` is missing): the commands create them.
@Suite("Output folders are created")
struct OutputFolderTests {
    private static let problems = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Problems")

    /// `folder/relativePath`, whose folders do not exist yet.
    private func missing(_ relativePath: String, in folder: URL) -> String {
        let path = folder.appendingPathComponent(relativePath).path
        #expect(
            !FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
        return path
    }

    private func expectNonEmptyFiles(_ paths: [String]) {
        for path in paths {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
            #expect((size ?? 0) > 0, "\(path)")
        }
    }

    @Test("werk lp: --output and the model copies")
    func linearProgram() throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputs = [
            missing("out/solution.json", in: folder), missing("models/lp/copy.lp", in: folder),
            missing("models/mps/copy.mps", in: folder),
        ]
        let result = try WerkProcess.run([
            "lp", Self.problems.appendingPathComponent("lp/production.lp").path,
            "--output", outputs[0], "--write-lp", outputs[1], "--write-mps", outputs[2],
        ])
        #expect(result.status == 0, "\(result.error)")
        expectNonEmptyFiles(outputs)
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: outputs[0])))
        #expect((json as? [String: Any])?["status"] as? String == "optimal")
    }

    @Test("werk schedule: --output, --csv, --gantt and --write-lp")
    func schedule() throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputs = [
            missing("out/schedule.json", in: folder), missing("csv/schedule.csv", in: folder),
            missing("charts/gantt.svg", in: folder), missing("models/schedule.lp", in: folder),
        ]
        let result = try WerkProcess.run([
            "schedule", Self.problems.appendingPathComponent("scheduling/ft06.txt").path,
            "--output", outputs[0], "--csv", outputs[1], "--gantt", outputs[2],
            "--write-lp", outputs[3],
        ])
        #expect(result.status == 0, "\(result.error)")
        expectNonEmptyFiles(outputs)
    }

    @Test("werk plan: --output, --partial-order and --dot")
    func plan() throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (domain, problem) = try TestCorpus.pddlTask("gripper", "p01")
        let outputs = [
            missing("out/plan.txt", in: folder), missing("pop/json/pop.json", in: folder),
            missing("pop/dot/pop.dot", in: folder),
        ]
        let result = try WerkProcess.run([
            "plan", domain, problem, "--output", outputs[0], "--partial-order", outputs[1],
            "--dot", outputs[2],
        ])
        #expect(result.status == 0, "\(result.error)")
        expectNonEmptyFiles(outputs)
    }

    @Test("werk run: --events")
    func runEvents() throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflow = folder.appendingPathComponent("workflow.json")
        try """
        {"schema": "werkvloei.workflow/v1", "name": "one-step",
         "steps": [{"id": "only", "command": ["true"]}]}
        """.write(to: workflow, atomically: true, encoding: .utf8)
        let events = missing("logs/events.jsonl", in: folder)
        let result = try WerkProcess.run(["run", workflow.path, "--events", events, "--quiet"])
        #expect(result.status == 0, "\(result.error)")
        expectNonEmptyFiles([events])
    }
}
