import Foundation
import Glibc
import TestSupport
import Testing
import Workflow
import WorkflowExecution

/// The state folder on a full file system: a clear error and exit 2, and the run resumes once
/// there is space again (needs root to mount a small tmpfs; CI runs as root); a step whose
/// log is lost does not pass for succeeded.
@Suite("Full disk")
struct FullDiskTests {
    /// Runs `mount` or `umount` with `arguments`; whether it succeeded.
    private static func mountCommand(_ program: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Whether this process may mount a tmpfs (root with the capability to mount).
    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-mount-probe-\(UUID().uuidString)").path
        guard
            (try? FileManager.default.createDirectory(
                atPath: probe,
                withIntermediateDirectories: true)) != nil
        else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard mountCommand("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) else {
            return false
        }
        return mountCommand("umount", [probe])
    }()

    @Test(
        "a full state folder is a clear error (exit 2); the run resumes once space is back",
        .enabled(if: canMount))
    func fullDisk() throws {
        let scratch = try Scratch()
        let mountPoint = scratch.file("fs")
        try FileManager.default.createDirectory(
            atPath: mountPoint, withIntermediateDirectories: true)
        guard Self.mountCommand("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint])
        else {
            Issue.record("cannot mount a tmpfs")
            return
        }
        defer { _ = Self.mountCommand("umount", [mountPoint]) }
        // The first step writes 3 MB to its log, more than the file system holds.
        let document = WorkflowDocument(
            name: "full",
            resources: [:],
            steps: [
                WorkflowStep(id: "big", command: ["sh", "-c", "head -c 3000000 /dev/zero"]),
                WorkflowStep(id: "after", command: ["true"], after: ["big"]),
            ])
        let workflowPath = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: workflowPath)
        let state = mountPoint + "/state"
        let arguments = ["run", workflowPath, "--state", state, "--quiet"]

        let full = try WerkProcess.run(arguments)
        #expect(full.status == 2)
        #expect(full.error.contains("disk is full") || full.error.contains("No space"))
        #expect(!full.error.contains("Fatal error"))

        #expect(Self.mountCommand("mount", ["-o", "remount,size=16m", mountPoint]))
        let resumed = try WerkProcess.run(arguments)
        #expect(resumed.status == 0, "\(resumed.error)")
        let journal = try Journal(path: WorkflowExecutor.journalPath(inStateDirectory: state))
        #expect(try journal.integrityCheck() == "ok")
        let run = try #require(try journal.runs().first)
        #expect(try journal.runs().count == 1)
        #expect(try journal.run(run.id)?.state == .succeeded)
    }

    @Test("a step whose log cannot be written has not succeeded: it fails, saying why")
    func lostLogFailsTheStep() throws {
        let scratch = try Scratch()
        let state = scratch.file("state")
        // The step puts a folder where its log goes, then prints: the log cannot be created.
        let log = state + "/runs/1/logs/talk.1.out"
        let document = WorkflowDocument(
            name: "lost-log", resources: [:],
            steps: [
                WorkflowStep(
                    id: "talk", command: ["sh", "-c", "mkdir -p \"$0\"; echo hello", log])
            ])
        let workflowPath = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: workflowPath)
        let outcome = try WerkProcess.run(["run", workflowPath, "--state", state, "--quiet"])
        #expect(outcome.status == 4, "\(outcome.error)")
        #expect(outcome.error.contains("cannot create its log"), "\(outcome.error)")
    }
}
