import Foundation
import Glibc
import TestSupport
import Testing
import Workflow
import WorkflowExecution

/// The `werk` process itself killed or interrupted in the middle of a run.
@Suite("Crash and signals")
struct CrashAndSignalTests {
    @Test("kill -9 mid-run, then resume: all done, finished steps ran once, ≤ --jobs twice")
    func killAndResume() throws {
        let scratch = try Scratch()
        let records = scratch.file("records.txt")
        let jobs = 3
        // Steps take a little time (a 20 ms sleep) so that the kill lands mid-run.
        let document = LayeredWorkflow.make(
            layers: 20, width: 15, seed: 11, recordPath: records, body: "sleep 0.02")
        let workflowPath = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: workflowPath)
        let state = scratch.file("state")
        let arguments = [
            "run", workflowPath, "--state", state, "--jobs", String(jobs), "--quiet",
        ]

        let first = try WerkProcess.start(arguments, logPath: scratch.file("first.log"))
        let reachedMiddle = ProcessChecks.wait(upTo: 60) {
            let text = (try? String(contentsOfFile: records, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").filter { $0.hasPrefix("E ") }.count >= 100
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(reachedMiddle)
        #expect(first.terminationReason == .uncaughtSignal)

        // What the journal had committed when the executor died.
        let journalPath = WorkflowExecutor.journalPath(inStateDirectory: state)
        let runs = try Journal(path: journalPath).runs()
        let runID = try #require(runs.first?.id)
        let before = try Journal(path: journalPath).steps(ofRun: runID)
        let committedDone = Set(before.filter { $0.state == .succeeded }.map(\.id))
        #expect(committedDone.count >= 100 - jobs && committedDone.count < document.steps.count)
        // Orphaned steps of the killed executor finish on their own (they take 20 ms).
        usleep(300_000)
        let endedBeforeResume = try StepRecords(path: records)

        let status = try WerkProcess.run(arguments, logPath: scratch.file("second.log"))
        #expect(status == 0)

        let after = try StepRecords(path: records)
        let twice = document.steps.map(\.id).filter { after.count($0) == 2 }
        #expect(document.steps.allSatisfy { after.count($0.id) >= 1 && after.count($0.id) <= 2 })
        #expect(twice.count <= jobs, "ran twice: \(twice)")
        #expect(committedDone.allSatisfy { after.count($0) == 1 })
        // A step runs twice only if it was running when the executor died.
        #expect(
            twice.allSatisfy { endedBeforeResume.count($0) == 1 && !committedDone.contains($0) })

        let journal = try Journal(path: journalPath)
        #expect(try journal.integrityCheck() == "ok")
        #expect(try journal.runs().count == 1)
        #expect(try journal.run(runID)?.state == .succeeded)
        #expect(try journal.steps(ofRun: runID).allSatisfy { $0.state == .succeeded })
    }

    @Test("SIGINT stops every step's process group, records it, and the run resumes")
    func interruptAndResume() throws {
        let scratch = try Scratch()
        let marker = scratch.file("resume-ok")
        // Each step starts a background child and waits for it, unless the marker exists.
        let script = """
            [ -e "$1" ] && exit 0; sleep 30 & echo $! > "$2/$0.child"; wait
            """
        let steps =
            (0..<3).map { index in
                WorkflowStep(
                    id: "slow\(index)",
                    command: ["sh", "-c", script, "slow\(index)", marker, scratch.path])
            } + [WorkflowStep(id: "last", command: ["true"], after: ["slow0", "slow1", "slow2"])]
        let document = WorkflowDocument(name: "interruptible", resources: [:], steps: steps)
        let workflowPath = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: workflowPath)
        let state = scratch.file("state")
        let arguments = ["run", workflowPath, "--state", state, "--jobs", "3", "--kill-grace", "2"]

        let werk = try WerkProcess.start(arguments, logPath: scratch.file("first.log"))
        let childFiles = (0..<3).map { scratch.file("slow\($0).child") }
        let started = ProcessChecks.wait(upTo: 30) {
            childFiles.allSatisfy {
                (try? String(contentsOfFile: $0, encoding: .utf8))?.isEmpty == false
            }
        }
        try #require(started)
        let children = try childFiles.compactMap {
            Int32(
                try String(contentsOfFile: $0, encoding: .utf8).trimmingCharacters(
                    in: .whitespacesAndNewlines))
        }
        kill(werk.processIdentifier, SIGINT)
        werk.waitUntilExit()
        #expect(werk.terminationStatus == 128 + SIGINT)
        #expect(children.count == 3)
        #expect(ProcessChecks.wait(upTo: 5) { children.allSatisfy(ProcessChecks.isDead) })

        let journal = try Journal(path: WorkflowExecutor.journalPath(inStateDirectory: state))
        let run = try #require(try journal.runs().first)
        #expect(run.state == .interrupted)
        let reports = try journal.steps(ofRun: run.id)
        #expect(reports.filter { $0.id.hasPrefix("slow") }.allSatisfy { $0.state == .cancelled })
        #expect(reports.first { $0.id == "last" }?.state == nil)

        _ = FileManager.default.createFile(atPath: marker, contents: nil)
        let status = try WerkProcess.run(arguments, logPath: scratch.file("second.log"))
        #expect(status == 0)
        #expect(try journal.run(run.id)?.state == .succeeded)
        #expect(
            try journal.steps(ofRun: run.id).allSatisfy {
                $0.state == .succeeded && $0.attempts <= 2
            })
        let log = try String(contentsOfFile: scratch.file("second.log"), encoding: .utf8)
        #expect(log.contains("resuming run \(run.id)"))
    }
}
