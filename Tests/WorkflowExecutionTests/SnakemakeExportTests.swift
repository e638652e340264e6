import Foundation
import TestSupport
import Testing
import Workflow
import WorkflowExecution

/// The Snakemake export run by Snakemake 9, checked like the local executor.
@Suite("Snakemake export")
struct SnakemakeExportTests {
    /// Arguments that need quoting for `sh`, escaping for Snakemake and for Python.
    private static let awkwardArguments = [
        "{braces}", "it's", "\"double\"", "$HOME", "a  b", "back\\slash",
    ]

    @Test(
        "snakemake --cores 2 runs the exported workflow: once each, in order, within capacities, one step per named unit at a time"
    )
    func runsUnderSnakemake() throws {
        let scratch = try Scratch()
        let records = scratch.file("records.txt")
        let welders = ["ana", "ben", "cas"]
        var index = 0
        var document = LayeredWorkflow.make(layers: 6, width: 8, seed: 5, recordPath: records) {
            step in
            step.uses["welder"] = 1
            step.units["welder"] = [welders[index % welders.count]]
            index += 1
        }
        document.resources["welder"] = welders.count
        let quoted = scratch.file("quoted.txt")
        document.steps.append(
            WorkflowStep(
                id: "quoting",
                command: ["sh", "-c", #"printf '%s|' "$@" > "$0""#, quoted]
                    + Self.awkwardArguments, after: ["L5_0"]))
        let workflowPath = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: workflowPath)
        let workflow = try WorkflowLoader.load(path: workflowPath)

        let (status, output) = try runSnakemake(workflow, in: scratch)
        try #require(
            status == 0,
            "snakemake failed (install it with `make test-deps`): \(output.suffix(2_000))")

        let expected = Self.awkwardArguments.map { $0 + "|" }.joined()
        #expect(try String(contentsOfFile: quoted, encoding: .utf8) == expected)
        let layered = WorkflowDocument(
            name: document.name, resources: document.resources,
            steps: document.steps.filter { $0.id != "quoting" })
        let violations = try StepRecords(path: records).violations(of: layered, jobs: 2)
        #expect(violations.isEmpty, "\(violations.prefix(10))")

        // The local executor gives the same outcome on the same file.
        try FileManager.default.removeItem(atPath: records)
        try FileManager.default.removeItem(atPath: quoted)
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 2)
        options.progress = .quiet
        let outcome = try WorkflowExecutor(workflow: workflow, options: options).run()
        #expect(outcome.state == .succeeded)
        #expect(try String(contentsOfFile: quoted, encoding: .utf8) == expected)
        #expect(try StepRecords(path: records).violations(of: layered, jobs: 2).isEmpty)
    }

    /// Exports `workflow` into `scratch/snakemake` and runs `snakemake --cores 2` there.
    private func runSnakemake(
        _ workflow: ExecutableWorkflow, in scratch: Scratch, extraArguments: [String] = []
    ) throws -> (Int32, String) {
        let exportDirectory = scratch.file("snakemake")
        for file in SnakemakeExporter(workflow: workflow, killGracePeriod: 1).files() {
            let url = URL(fileURLWithPath: exportDirectory + "/" + file.relativePath)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        let snakemake = TestTools.process(
            "snakemake", ["--profile", "profile", "--cores", "2", "--quiet"] + extraArguments)
        snakemake.currentDirectoryURL = URL(fileURLWithPath: exportDirectory)
        let log = scratch.file("snakemake.log")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        snakemake.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        snakemake.standardError = snakemake.standardOutput
        try snakemake.run()
        snakemake.waitUntilExit()
        return (
            snakemake.terminationStatus, (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        )
    }

    @Test("retries and timeouts give the same outcome under snakemake and werk")
    func retriesAndTimeouts() throws {
        let counterScript =
            #"n=$(cat "$0" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "$0"; [ $n -ge 3 ]"#
        func steps(counter: String) -> [WorkflowStep] {
            [
                WorkflowStep(
                    id: "flaky", command: ["sh", "-c", counterScript, counter], retries: 3),
                WorkflowStep(id: "after-flaky", command: ["true"], after: ["flaky"]),
                WorkflowStep(id: "hang", command: ["sleep", "30"], timeout: 0.5),
                WorkflowStep(id: "after-hang", command: ["true"], after: ["hang"]),
            ]
        }
        let scratch = try Scratch()
        let document = WorkflowDocument(
            name: "outcomes", resources: [:], steps: steps(counter: scratch.file("count")))
        try LayeredWorkflow.write(document, to: scratch.file("workflow.json"))
        let workflow = try WorkflowLoader.load(path: scratch.file("workflow.json"))

        let (status, output) = try runSnakemake(
            workflow, in: scratch, extraArguments: ["--keep-going"])
        #expect(status != 0, "\(output.suffix(1_000))")
        let done = try Set(
            FileManager.default.contentsOfDirectory(atPath: scratch.file("snakemake/.werk-done")))
        #expect(done == ["flaky", "after-flaky"])
        #expect(try String(contentsOfFile: scratch.file("count"), encoding: .utf8) == "3\n")

        try FileManager.default.removeItem(atPath: scratch.file("count"))
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 2)
        options.progress = .quiet
        options.keepGoing = true
        options.defaultRetryDelay = 0.01
        let outcome = try WorkflowExecutor(workflow: workflow, options: options).run()
        #expect(outcome.failed == ["hang"])
        #expect(outcome.succeeded == 2)
        #expect(try String(contentsOfFile: scratch.file("count"), encoding: .utf8) == "3\n")
    }
}
