import Foundation
import GRDB
import TestSupport
import Testing
import Workflow
import WorkflowExecution

/// Reruns by content: resuming an unfinished run runs again exactly the steps whose
/// fingerprint changed, whose outputs are missing, or that follow such a step. Serialized:
/// the tests run executors back to back on one state directory, and a step spawned by a
/// parallel test can hold a copy of the state directory's lock until it executes.
@Suite(.serialized) struct RerunTests {
    /// a → b → c, and d beside them; every step appends its id to `ran.log`. `c` fails until
    /// the file `fixed` exists, so the first run is left unfinished.
    private static func steps(bCommand: String = "b") -> [WorkflowStep] {
        func logging(_ id: String, _ extra: String = "") -> [String] {
            ["sh", "-c", "echo \(id) >> ran.log\(extra)"]
        }
        return [
            WorkflowStep(id: "a", command: logging("a", " && echo a > a.txt"), outputs: ["a.txt"]),
            WorkflowStep(
                id: "b", command: logging(bCommand), after: ["a"], inputs: ["a.txt", "b.cfg"]),
            WorkflowStep(id: "c", command: logging("c", " && test -e fixed"), after: ["b"]),
            WorkflowStep(id: "d", command: logging("d")),
        ]
    }

    private static func write(_ steps: [WorkflowStep], in scratch: Scratch) throws {
        let document = WorkflowDocument(name: "rerun", resources: [:], steps: steps)
        try LayeredWorkflow.write(document, to: scratch.file("workflow.json"))
    }

    private static func executor(_ scratch: Scratch) throws -> WorkflowExecutor {
        let workflow = try WorkflowLoader.load(path: scratch.file("workflow.json"))
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 1)
        options.progress = .quiet
        options.keepGoing = true
        return WorkflowExecutor(workflow: workflow, options: options)
    }

    /// The steps run since the last call, in order.
    private static func ran(_ scratch: Scratch) throws -> [String] {
        let path = scratch.file("ran.log")
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: path)
        return text.split(separator: "\n").map(String.init)
    }

    /// A first run in which `c` fails: a, b, d succeed.
    private static func failedFirstRun() throws -> Scratch {
        let scratch = try Scratch()
        try "1".write(toFile: scratch.file("b.cfg"), atomically: true, encoding: .utf8)
        try write(steps(), in: scratch)
        let first = try executor(scratch).run()
        #expect(first.state == .failed)
        #expect(try ran(scratch).sorted() == ["a", "b", "c", "d"])
        try "".write(toFile: scratch.file("fixed"), atomically: true, encoding: .utf8)
        return scratch
    }

    @Test("an edited step runs again with the steps after it; the rest is up to date")
    func editedStepAndSuccessorsRunAgain() throws {
        let scratch = try Self.failedFirstRun()
        try Self.write(Self.steps(bCommand: "b2"), in: scratch)
        let report = try Self.executor(scratch).dryRun()
        let reasons = report.reasons.map { $0?.description }
        #expect(reasons[0] == nil && reasons[3] == nil)
        #expect(report.reasons[1] == .changed)
        #expect(report.reasons[2] == .notDone)
        let outcome = try Self.executor(scratch).run()
        #expect(outcome.state == .succeeded)
        #expect(outcome.resumed)
        #expect(outcome.alreadySucceeded == 2)
        #expect(try Self.ran(scratch) == ["b2", "c"])
    }

    @Test("werk run --dry-run names the run it resumes and why each step runs")
    func dryRunReasons() throws {
        let scratch = try Self.failedFirstRun()
        try Self.write(Self.steps(bCommand: "b2"), in: scratch)
        let result = try WerkProcess.run([
            "run", scratch.file("workflow.json"), "--state", scratch.file("state"), "--dry-run",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("would resume run 1: 2 steps up to date"))
        let expected = """
              b: sh -c echo b2 >> ran.log
                because: command, environment, folder, inputs or outputs changed
              c: sh -c echo c >> ran.log && test -e fixed
                because: not done yet

            """
        #expect(result.output.hasSuffix(expected), "\(result.output)")
    }

    @Test("a changed input, or a missing output, makes a step and its successors run again")
    func inputsAndOutputs() throws {
        let scratch = try Self.failedFirstRun()
        try "2, longer".write(toFile: scratch.file("b.cfg"), atomically: true, encoding: .utf8)
        #expect(try Self.executor(scratch).dryRun().reasons[1] == .changed)
        try FileManager.default.removeItem(atPath: scratch.file("a.txt"))
        let report = try Self.executor(scratch).dryRun()
        #expect(report.reasons[0] == .missingOutput("a.txt"))
        #expect(report.reasons[1] == .changed)
        #expect(report.reasons[3] == nil)
        let outcome = try Self.executor(scratch).run()
        #expect(outcome.state == .succeeded)
        #expect(try Self.ran(scratch) == ["a", "b", "c"])
    }

    @Test("an unchanged resume runs only what did not succeed; --fresh runs everything")
    func unchangedResumeAndFresh() throws {
        let scratch = try Self.failedFirstRun()
        let resumed = try Self.executor(scratch).run()
        #expect(resumed.state == .succeeded)
        #expect(try Self.ran(scratch) == ["c"])
        let workflow = try WorkflowLoader.load(path: scratch.file("workflow.json"))
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 1)
        options.progress = .quiet
        options.fresh = true
        let fresh = try WorkflowExecutor(workflow: workflow, options: options).run()
        #expect(!fresh.resumed)
        #expect(try Self.ran(scratch).sorted() == ["a", "b", "c", "d"])
    }

    @Test("a journal from before fingerprints is migrated and its successes still count")
    func journalWithoutFingerprints() throws {
        let scratch = try Self.failedFirstRun()
        // Turn the journal back into the first schema: no fingerprint column, no v2 record.
        let path = WorkflowExecutor.journalPath(inStateDirectory: scratch.file("state"))
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: "ALTER TABLE attempt DROP COLUMN fingerprint")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v2%'")
        }
        try database.close()
        let report = try Self.executor(scratch).dryRun()
        #expect(report.reasons.map { $0 == nil } == [true, true, false, true])
        let outcome = try Self.executor(scratch).run()
        #expect(outcome.state == .succeeded)
        #expect(try Self.ran(scratch) == ["c"])
        // Without fingerprints an edited file cannot tell what changed: every success of the
        // old run is run again.
        let edited = try Self.failedFirstRun()
        let editedPath = WorkflowExecutor.journalPath(inStateDirectory: edited.file("state"))
        try DatabaseQueue(path: editedPath).write { db in
            try db.execute(sql: "UPDATE attempt SET fingerprint = NULL")
        }
        let handle = try FileHandle(
            forWritingTo: URL(fileURLWithPath: edited.file("workflow.json")))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        #expect(try Self.executor(edited).dryRun().reasons.allSatisfy { $0 != nil })
    }

    @Test("the run replaced after an edit is listed as superseded")
    func supersededRun() throws {
        let scratch = try Self.failedFirstRun()
        try Self.write(Self.steps(bCommand: "b2"), in: scratch)
        let outcome = try Self.executor(scratch).run()
        let journal = try Journal(
            path: WorkflowExecutor.journalPath(inStateDirectory: scratch.file("state")))
        let runs = try journal.runs()
        #expect(runs.map(\.state) == [.superseded, .succeeded])
        #expect(runs.last?.id == outcome.runID)
        #expect(runs.last?.succeededCount == 4)
    }
}
