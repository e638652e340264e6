import Foundation
import Glibc
import Testing
import Workflow
import WorkflowExecution

/// Timeouts, retries, --keep-going, steps that start children, resume rules.
@Suite("Step behaviour")
struct StepBehaviourTests {
    /// Writes `steps` as a workflow in `scratch`, runs it and returns the outcome.
    private func run(
        _ steps: [WorkflowStep], in scratch: Scratch, resources: [String: Int] = [:],
        configure: (inout ExecutorOptions) -> Void = { _ in }
    ) throws -> (RunOutcome, Journal) {
        let path = scratch.file("workflow.json")
        if !FileManager.default.fileExists(atPath: path) {
            let document = WorkflowDocument(name: "behaviour", resources: resources, steps: steps)
            try LayeredWorkflow.write(document, to: path)
        }
        let workflow = try WorkflowLoader.load(path: path)
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 2)
        options.progress = .quiet
        options.killGracePeriod = 0.3
        options.eventsPath = scratch.file("events.jsonl")
        configure(&options)
        let outcome = try WorkflowExecutor(workflow: workflow, options: options).run()
        let journal = try Journal(
            path: WorkflowExecutor.journalPath(inStateDirectory: scratch.file("state")))
        return (outcome, journal)
    }

    private func report(_ id: String, _ journal: Journal, run: Int64) throws -> StepReport? {
        try journal.steps(ofRun: run).first { $0.id == id }
    }

    private func events(_ scratch: Scratch, named name: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: scratch.file("events.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }.filter { $0["event"] as? String == name }
    }

    @Test("a timed-out step's whole process group is killed, and it is retried")
    func timeoutKillsGroup() throws {
        let scratch = try Scratch()
        let script = #"sleep 30 & echo $! >> "$0"; sleep 30"#
        let step = WorkflowStep(
            id: "hang", command: ["sh", "-c", script, scratch.file("children")], timeout: 0.3,
            retries: 1, retryDelay: 0.01)
        let (outcome, journal) = try run([step], in: scratch)
        #expect(outcome.state == .failed)
        #expect(outcome.failed == ["hang"])
        let hang = try report("hang", journal, run: outcome.runID)
        #expect(hang?.state == .timedOut)
        #expect(hang?.attempts == 2)
        #expect(hang?.signal == Int(SIGTERM))
        let children = try String(contentsOfFile: scratch.file("children"), encoding: .utf8)
            .split(separator: "\n").compactMap { Int32($0) }
        #expect(children.count == 2)
        #expect(ProcessChecks.wait(upTo: 5) { children.allSatisfy(ProcessChecks.isDead) })
        #expect(try events(scratch, named: "step_timed_out").count == 2)
    }

    @Test("a step that ignores SIGTERM is killed with SIGKILL after the grace period")
    func killEscalation() throws {
        let scratch = try Scratch()
        let step = WorkflowStep(
            id: "stubborn", command: ["sh", "-c", "trap '' TERM; sleep 30 & wait; wait"],
            timeout: 0.2)
        let (outcome, journal) = try run([step], in: scratch)
        #expect(outcome.state == .failed)
        let stubborn = try report("stubborn", journal, run: outcome.runID)
        #expect(stubborn?.state == .timedOut)
        #expect(stubborn?.signal == Int(SIGKILL))
    }

    @Test("retries back off exponentially and a later attempt can succeed")
    func retriesWithBackoff() throws {
        let scratch = try Scratch()
        let counter = scratch.file("count")
        let script =
            #"n=$(cat "$0" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "$0"; [ $n -ge 3 ]"#
        let flaky = WorkflowStep(
            id: "flaky", command: ["sh", "-c", script, counter], retries: 3, retryDelay: 0.02)
        let after = WorkflowStep(id: "after", command: ["true"], after: ["flaky"])
        let (outcome, journal) = try run([flaky, after], in: scratch)
        #expect(outcome.state == .succeeded)
        #expect(try report("flaky", journal, run: outcome.runID)?.attempts == 3)
        let delays = try events(scratch, named: "step_retry_scheduled").compactMap {
            $0["delay"] as? Double
        }
        #expect(delays == [0.02, 0.04])
    }

    @Test("without --keep-going nothing new starts after a failure; with it, independent steps run")
    func keepGoing() throws {
        let steps = [
            WorkflowStep(id: "broken", command: ["false"], plannedStart: 0),
            WorkflowStep(id: "needs-broken", command: ["true"], after: ["broken"], plannedStart: 1),
            WorkflowStep(id: "independent", command: ["true"], plannedStart: 2),
            WorkflowStep(
                id: "needs-independent", command: ["true"], after: ["independent"], plannedStart: 3),
        ]
        let stopping = try Scratch()
        let (stopped, _) = try run(steps, in: stopping) { $0.jobs = 1 }
        #expect(stopped.state == .failed)
        #expect(stopped.failed == ["broken"])
        #expect(stopped.succeeded == 0)
        #expect(stopped.notRun == 3)

        let going = try Scratch()
        let (went, journal) = try run(steps, in: going) {
            $0.jobs = 1
            $0.keepGoing = true
        }
        #expect(went.state == .failed)
        #expect(went.failed == ["broken"])
        #expect(went.succeeded == 2)
        #expect(try report("needs-broken", journal, run: went.runID)?.state == nil)

        // Resuming retries the failed step (and only it, since it fails again).
        let (resumed, _) = try run(steps, in: going) {
            $0.jobs = 1
            $0.keepGoing = true
        }
        #expect(resumed.resumed)
        #expect(resumed.runID == went.runID)
        #expect(resumed.alreadySucceeded == 2)
        #expect(try report("broken", journal, run: went.runID)?.attempts == 2)
        #expect(try report("independent", journal, run: went.runID)?.attempts == 1)
    }

    @Test("a changed workflow file is resumed in a new run; --fresh starts from scratch")
    func changedWorkflowResumedInANewRun() throws {
        let scratch = try Scratch()
        let steps = [WorkflowStep(id: "broken", command: ["false"])]
        let (first, _) = try run(steps, in: scratch)
        #expect(first.state == .failed)
        let path = scratch.file("workflow.json")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        let (second, _) = try run(steps, in: scratch)
        #expect(second.runID == first.runID + 1)
        #expect(second.resumed)
        let (third, _) = try run(steps, in: scratch) { $0.fresh = true }
        #expect(third.runID == second.runID + 1)
        #expect(!third.resumed)
    }

    @Test("a succeeded run is not resumed: the next run is a new one")
    func succeededRunStartsAnew() throws {
        let scratch = try Scratch()
        let steps = [WorkflowStep(id: "ok", command: ["true"])]
        let (first, _) = try run(steps, in: scratch)
        let (second, _) = try run(steps, in: scratch)
        #expect(first.state == .succeeded && second.state == .succeeded)
        #expect(second.runID == first.runID + 1)
    }

    @Test("a missing program or a missing declared output fails the step, with a log")
    func startFailures() throws {
        let scratch = try Scratch()
        let steps = [
            WorkflowStep(id: "missing-program", command: ["werk-no-such-program-here"]),
            WorkflowStep(id: "missing-output", command: ["true"], outputs: ["never-written"]),
            WorkflowStep(
                id: "env-and-cwd",
                command: ["sh", "-c", #"echo "$GREETING" > greeting; pwd > where"#],
                env: ["GREETING": "hello {world} 'quoted'"], cwd: "sub", outputs: ["greeting"]),
        ]
        try FileManager.default.createDirectory(
            atPath: scratch.file("sub"), withIntermediateDirectories: true)
        let (outcome, journal) = try run(steps, in: scratch) { $0.keepGoing = true }
        #expect(Set(outcome.failed) == ["missing-program", "missing-output"])
        let missing = try #require(try report("missing-program", journal, run: outcome.runID))
        #expect(missing.exitCode == 127)
        let log = try String(
            contentsOfFile: try #require(missing.standardErrorPath), encoding: .utf8)
        #expect(log.contains("cannot start 'werk-no-such-program-here'"))
        #expect(try report("env-and-cwd", journal, run: outcome.runID)?.state == .succeeded)
        let greeting = try String(contentsOfFile: scratch.file("sub/greeting"), encoding: .utf8)
        #expect(greeting == "hello {world} 'quoted'\n")
        let directory = try String(contentsOfFile: scratch.file("sub/where"), encoding: .utf8)
        #expect(directory.trimmingCharacters(in: .newlines).hasSuffix("/sub"))
    }

    @Test("stdout and stderr go to the attempt's log files, created only when written to")
    func logFiles() throws {
        let scratch = try Scratch()
        let steps = [
            WorkflowStep(id: "talks", command: ["sh", "-c", "echo out; echo err >&2"]),
            WorkflowStep(id: "silent", command: ["true"]),
            WorkflowStep(id: "floods", command: ["head", "-c", "3000000", "/dev/zero"]),
        ]
        let (outcome, journal) = try run(steps, in: scratch)
        #expect(outcome.state == .succeeded)
        let logs = try #require(try journal.run(outcome.runID)?.logDirectory)
        #expect(try String(contentsOfFile: logs + "/talks.1.out", encoding: .utf8) == "out\n")
        #expect(try String(contentsOfFile: logs + "/talks.1.err", encoding: .utf8) == "err\n")
        #expect(!FileManager.default.fileExists(atPath: logs + "/silent.1.out"))
        #expect(!FileManager.default.fileExists(atPath: logs + "/silent.1.err"))
        let flood = try FileManager.default.attributesOfItem(atPath: logs + "/floods.1.out")
        #expect((flood[.size] as? NSNumber)?.intValue == 3_000_000)
    }
}
