import Foundation
import TestSupport
import Testing
import Workflow

/// `werk run`, `werk runs` and `werk export` as a user calls them.
@Suite("werk run, runs, export")
struct CommandLineTests {
    private static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Problems/workflows/build-report.json").path

    private func werk(_ arguments: [String], in scratch: Scratch) throws -> (Int32, String) {
        let log = scratch.file("werk-\(UUID().uuidString).log")
        let status = try WerkProcess.run(arguments, logPath: log)
        return (status, try String(contentsOfFile: log, encoding: .utf8))
    }

    @Test("the example runs, is listed by `werk runs` and shown by `werk runs show`")
    func exampleRunAndReports() throws {
        let scratch = try Scratch()
        // Copy the example so that its outputs and state stay in the scratch directory.
        let workflow = scratch.file("build-report.json")
        try FileManager.default.copyItem(atPath: Self.example, toPath: workflow)
        let state = scratch.file("state")

        let (dryStatus, dry) = try werk(
            ["run", workflow, "--state", state, "--dry-run"], in: scratch)
        #expect(dryStatus == 0)
        #expect(dry.contains("would start a new run"))
        #expect(dry.contains("  fetch [cpu=1]: sh -c"))
        #expect(!FileManager.default.fileExists(atPath: state))

        let (status, output) = try werk(
            ["run", workflow, "--state", state, "--events", scratch.file("events.jsonl")],
            in: scratch)
        #expect(status == 0, "\(output)")
        #expect(output.contains("run 1 succeeded: 4 succeeded, 0 failed, 0 not run"))
        let report = try String(contentsOfFile: scratch.file("out/report.txt"), encoding: .utf8)
        #expect(report == "5 out/data.txt\n1 out/data.txt\n")

        let (listStatus, list) = try werk(["runs", "--state", state], in: scratch)
        #expect(listStatus == 0)
        #expect(list.contains("succeeded") && list.contains("build-report"))
        let (showStatus, show) = try werk(["runs", "show", "1", "--state", state], in: scratch)
        #expect(showStatus == 0)
        for id in ["fetch", "analyse-a", "analyse-b", "report"] {
            #expect(show.contains("\n\(id) "), "\(show)")
        }
        #expect(show.contains("4 of 4 steps succeeded"))

        let events = try String(contentsOfFile: scratch.file("events.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
            .compactMap { ($0 as? [String: Any])?["event"] as? String }
        #expect(events.first == "run_started" && events.last == "run_finished")
        #expect(events.filter { $0 == "step_started" }.count == 4)
    }

    @Test("failed steps exit with 4; a bad workflow exits with 2 and file:line:column")
    func exitStatuses() throws {
        let scratch = try Scratch()
        let failing = WorkflowDocument(
            name: "failing", resources: [:], steps: [WorkflowStep(id: "no", command: ["false"])])
        try LayeredWorkflow.write(failing, to: scratch.file("failing.json"))
        let (failedStatus, failedOutput) = try werk(
            ["run", scratch.file("failing.json")], in: scratch)
        #expect(failedStatus == 4)
        #expect(failedOutput.contains("failed: no attempt 1 exited with status 1"))

        let bad =
            #"{"schema": "werkvloei.workflow/v1", "name": "b", "steps": [{"id": "a", "command": ["true"], "after": ["x"]}]}"#
        try Data(bad.utf8).write(to: URL(fileURLWithPath: scratch.file("bad.json")))
        let (badStatus, badOutput) = try werk(["run", scratch.file("bad.json")], in: scratch)
        #expect(badStatus == 2)
        #expect(badOutput.contains("bad.json:1:103: error: $.steps[0].after[0]: unknown step 'x'"))
    }

    @Test("a state folder below a file is a clear error, exit 2")
    func stateFolderBelowAFile() throws {
        let scratch = try Scratch()
        let workflow = scratch.file("build-report.json")
        try FileManager.default.copyItem(atPath: Self.example, toPath: workflow)
        _ = FileManager.default.createFile(atPath: scratch.file("plain"), contents: Data("x".utf8))
        let (status, output) = try werk(
            ["run", workflow, "--state", scratch.file("plain") + "/state"], in: scratch)
        #expect(status == 2)
        #expect(output.contains("cannot create the state directory: a file is in the way"))
    }

    @Test("werk export --to snakemake writes the Snakefile and the profile")
    func export() throws {
        let scratch = try Scratch()
        let (status, _) = try werk(
            ["export", Self.example, "--to", "snakemake", "--output", scratch.file("smk")],
            in: scratch)
        #expect(status == 0)
        let snakefile = try String(contentsOfFile: scratch.file("smk/Snakefile"), encoding: .utf8)
        #expect(snakefile.contains("rule s3_report:"))
        let profile = try String(
            contentsOfFile: scratch.file("smk/profile/config.yaml"), encoding: .utf8)
        #expect(profile.contains("  - cpu=2\n  - license=1\n"))
    }
}
