import Foundation
import Glibc
import Testing
import Workflow
import WorkflowExecution

/// Two `werk run` on one state folder: the second refuses, the first is unaffected, and a
/// killed executor leaves no lock behind (the kernel drops a `flock` with its holder).
@Suite("One run per state folder")
struct StateFolderLockTests {
    /// A workflow whose first step records its start in `started`, waits for `go` to exist
    /// and appends a line to `ran`; a second step follows it.
    private static func writeWaitingWorkflow(in scratch: Scratch) throws -> [String] {
        let script = #"echo > "$0"; while [ ! -e "$1" ]; do sleep 0.02; done; echo >> "$2""#
        let steps = [
            WorkflowStep(
                id: "wait",
                command: [
                    "sh", "-c", script, scratch.file("started"), scratch.file("go"),
                    scratch.file("ran"),
                ]),
            WorkflowStep(id: "next", command: ["true"], after: ["wait"]),
        ]
        let path = scratch.file("workflow.json")
        try LayeredWorkflow.write(
            WorkflowDocument(name: "waiting", resources: [:], steps: steps), to: path)
        return ["run", path, "--state", scratch.file("state"), "--quiet"]
    }

    @Test(
        "a second `werk run` on a busy state folder exits 2 with a clear message; the first goes on"
    )
    func secondRunRefuses() throws {
        let scratch = try Scratch()
        let arguments = try Self.writeWaitingWorkflow(in: scratch)
        let first = try SpawnedWerk(arguments, logPath: scratch.file("first.log"))
        defer { first.kill(SIGKILL) }
        try #require(
            ProcessChecks.wait(upTo: 30) {
                FileManager.default.fileExists(atPath: scratch.file("started"))
            })

        let second = try SpawnedWerk.run(arguments, logPath: scratch.file("second.log"))
        let message = try String(contentsOfFile: scratch.file("second.log"), encoding: .utf8)
        #expect(second == 2)
        #expect(
            message.contains(
                "error: another `werk run` (pid \(first.pid)) is using this state folder"),
            "\(message)")
        #expect(first.isRunning)

        _ = FileManager.default.createFile(atPath: scratch.file("go"), contents: nil)
        #expect(first.wait() == 0)
        let journal = try Journal(
            path: WorkflowExecutor.journalPath(inStateDirectory: scratch.file("state")))
        #expect(try journal.integrityCheck() == "ok")
        let run = try #require(try journal.runs().first)
        #expect(try journal.runs().count == 1)
        #expect(try journal.run(run.id)?.state == .succeeded)
        #expect(
            try journal.steps(ofRun: run.id).allSatisfy {
                $0.state == .succeeded && $0.attempts == 1
            })
        #expect(try String(contentsOfFile: scratch.file("ran"), encoding: .utf8) == "\n")
    }

    @Test("after a SIGKILL the folder is free at once, though the killed run's step still runs")
    func killedRunLeavesNoLock() throws {
        let scratch = try Scratch()
        let arguments = try Self.writeWaitingWorkflow(in: scratch)
        let first = try SpawnedWerk(arguments, logPath: scratch.file("first.log"))
        try #require(
            ProcessChecks.wait(upTo: 30) {
                FileManager.default.fileExists(atPath: scratch.file("started"))
            })
        first.kill(SIGKILL)
        _ = first.wait()
        try FileManager.default.removeItem(atPath: scratch.file("started"))

        // The orphaned step still waits for `go`; the resume starts the step again.
        let resumed = try SpawnedWerk(arguments, logPath: scratch.file("resumed.log"))
        let restarted = ProcessChecks.wait(upTo: 30) {
            FileManager.default.fileExists(atPath: scratch.file("started"))
        }
        _ = FileManager.default.createFile(atPath: scratch.file("go"), contents: nil)
        #expect(restarted)
        #expect(resumed.wait() == 0)
    }
}
