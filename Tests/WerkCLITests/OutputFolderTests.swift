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

    /// Runs `werk arguments(scratch, outputs)`, where `outputs` are `relativePaths` in a
    /// fresh scratch folder, none of whose folders exist yet; expects success and every
    /// output written.
    private func expectWritten(
        _ relativePaths: [String],
        by arguments: (_ scratch: URL, _ outputs: [String]) throws -> [String]
    ) throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputs = relativePaths.map { scratch.appendingPathComponent($0) }
        for output in outputs {
            #expect(
                !FileManager.default.fileExists(atPath: output.deletingLastPathComponent().path))
        }
        let result = try WerkProcess.run(try arguments(scratch, outputs.map(\.path)))
        #expect(result.status == 0, "\(result.error)")
        for output in outputs {
            let size = try? FileManager.default.attributesOfItem(atPath: output.path)[.size]
            #expect(((size as? Int) ?? 0) > 0, "\(output.path)")
        }
    }

    @Test("werk lp: --output and the model copies")
    func linearProgram() throws {
        try expectWritten(["out/solution.json", "models/lp/copy.lp", "models/mps/copy.mps"]) {
            _, outputs in
            [
                "lp", Self.problems.appendingPathComponent("lp/production.lp").path,
                "--output", outputs[0], "--write-lp", outputs[1], "--write-mps", outputs[2],
            ]
        }
    }

    @Test("werk schedule: --output, --csv, --gantt and --write-lp")
    func schedule() throws {
        try expectWritten([
            "out/schedule.json", "csv/schedule.csv", "charts/gantt.svg", "models/schedule.lp",
        ]) { _, outputs in
            [
                "schedule", Self.problems.appendingPathComponent("scheduling/ft06.txt").path,
                "--output", outputs[0], "--csv", outputs[1], "--gantt", outputs[2],
                "--write-lp", outputs[3],
            ]
        }
    }

    @Test("werk plan: --output, --partial-order and --dot")
    func plan() throws {
        let (domain, problem) = try TestCorpus.pddlTask("gripper", "p01")
        try expectWritten(["out/plan.txt", "pop/json/pop.json", "pop/dot/pop.dot"]) {
            _, outputs in
            [
                "plan", domain, problem, "--output", outputs[0], "--partial-order", outputs[1],
                "--dot", outputs[2],
            ]
        }
    }

    @Test("werk run: --events")
    func runEvents() throws {
        try expectWritten(["logs/events.jsonl"]) { scratch, outputs in
            let workflow = scratch.appendingPathComponent("workflow.json")
            try """
            {"schema": "werkvloei.workflow/v1", "name": "one-step",
             "steps": [{"id": "only", "command": ["true"]}]}
            """.write(to: workflow, atomically: true, encoding: .utf8)
            return ["run", workflow.path, "--events", outputs[0], "--quiet"]
        }
    }
}
