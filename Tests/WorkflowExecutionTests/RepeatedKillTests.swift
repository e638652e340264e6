import Foundation
import Glibc
import TestSupport
import Testing
import Workflow
import WorkflowExecution

/// `werk run` killed with SIGKILL again and again, at moments drawn at random, each time
/// resumed: nothing committed is lost or run again, and the journal stays consistent.
@Suite("Repeated kills")
struct RepeatedKillTests {
    /// How many kills land in how big a workflow.
    struct Campaign {
        var kills: Int
        var layers: Int
        var width: Int
        /// Steps that end between two kills, drawn at random from this range.
        var stepsBetweenKills: ClosedRange<Int>
        /// Successes that must have been committed between the kills.
        var committedAtLeast: Int
    }

    @Test("12 SIGKILLs at random moments, each resumed: every success recorded once, never rerun")
    func killRepeatedly() throws {
        try run(
            Campaign(
                kills: 12, layers: 10, width: 8, stepsBetweenKills: 1...3, committedAtLeast: 10))
    }

    /// A few minutes; runs with `WERK_LONG_FAULT_TESTS=1`.
    @Test(
        "50 SIGKILLs spread over a 1,000-step run, each resumed (long)",
        .enabled(if: LongFaultTests.enabled))
    func killFiftyTimesInAThousandSteps() throws {
        try run(
            Campaign(
                kills: 50, layers: 40, width: 25, stepsBetweenKills: 1...19,
                committedAtLeast: 200))
    }

    private func run(_ campaign: Campaign) throws {
        let scratch = try Scratch()
        let records = scratch.file("records.txt")
        let document = LayeredWorkflow.make(
            layers: campaign.layers, width: campaign.width, seed: 29, recordPath: records,
            body: "sleep 0.005")
        let workflowPath = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: workflowPath)
        let state = scratch.file("state")
        let arguments = ["run", workflowPath, "--state", state, "--jobs", "2", "--quiet"]
        let journalPath = WorkflowExecutor.journalPath(inStateDirectory: state)
        var generator = SplitMix64(seed: 5)
        /// For each step seen committed as succeeded: how often it had started by then.
        var startsWhenCommitted: [String: Int] = [:]
        var endedBefore = 0
        var kills = 0

        for kill in 0..<campaign.kills {
            let werk = try WerkProcess.start(arguments, logPath: scratch.file("run\(kill).log"))
            // Let a few more steps end, then wait up to 15 ms more: the kill lands before,
            // inside or after the journal writes of the steps around it.
            let more = Int.random(in: campaign.stepsBetweenKills, using: &generator)
            _ = ProcessChecks.wait(upTo: 60) {
                !werk.isRunning || (try? Self.endCount(records)) ?? 0 >= endedBefore + more
            }
            usleep(UInt32.random(in: 0...15_000, using: &generator))
            guard werk.isRunning else { break }
            Glibc.kill(werk.processIdentifier, SIGKILL)
            werk.waitUntilExit()
            kills += 1
            // Orphaned steps of the killed executor end on their own (they take 5 ms); only
            // ends are written after the kill, never starts.
            usleep(50_000)
            endedBefore = try Self.endCount(records)

            let journal = try Journal(path: journalPath)
            #expect(try journal.integrityCheck() == "ok")
            let runs = try journal.runs()
            #expect(runs.count <= 1)
            guard let run = runs.first else { continue }
            let reports = try journal.steps(ofRun: run.id)
            #expect(Set(reports.map(\.id)).count == reports.count, "a step recorded twice")
            let starts = try StepRecords(path: records)
            let committed = reports.filter { $0.state == .succeeded }.map(\.id)
            #expect(
                startsWhenCommitted.keys.allSatisfy(committed.contains),
                "a committed success was lost after kill \(kill)")
            for id in committed where startsWhenCommitted[id] == nil {
                startsWhenCommitted[id] = starts.count(id)
            }
        }

        #expect(kills == campaign.kills, "the run ended by itself after \(kills) kills")
        let status = try WerkProcess.run(arguments, logPath: scratch.file("last.log"))
        #expect(status == 0)
        let journal = try Journal(path: journalPath)
        #expect(try journal.integrityCheck() == "ok")
        let run = try #require(try journal.runs().first)
        #expect(try journal.runs().count == 1)
        #expect(try journal.run(run.id)?.state == .succeeded)
        let reports = try journal.steps(ofRun: run.id)
        #expect(reports.count == document.steps.count)
        #expect(reports.allSatisfy { $0.state == .succeeded })
        let starts = try StepRecords(path: records)
        #expect(document.steps.allSatisfy { starts.count($0.id) >= 1 })
        let rerun = startsWhenCommitted.filter { starts.count($0.key) != $0.value }.map(\.key)
        #expect(rerun.isEmpty, "ran again after its success was committed: \(rerun)")
        #expect(
            startsWhenCommitted.count >= campaign.committedAtLeast,
            "too few successes committed between kills")
    }

    /// How many `E` (end) records the steps have written.
    private static func endCount(_ path: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        return try String(contentsOfFile: path, encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("E ") }.count
    }
}
