import Foundation
import Glibc
import Testing
import Workflow

/// A step that starts a background process (a daemon) and exits, run by `werk run`: the run
/// never waits for the process. One in the step's process group is killed with the group;
/// one that left the group (`setsid`) and holds the step's output open is reported.
@Suite("Steps that leave processes behind")
struct LeftoverProcessTests {
    /// How a run of a one-step workflow went, and the pid of the process the step left.
    private struct Outcome {
        var status: Int32
        var log: String
        var leftover: Int32
    }

    /// Runs `sh -c script PIDFILE` as the only step of a workflow with `werk run`; the
    /// script writes the pid of the process it leaves to PIDFILE. A run still going after
    /// 60 s is killed and fails the test.
    private func run(_ script: String, in scratch: Scratch) throws -> Outcome {
        let pidFile = scratch.file("leftover.pid")
        let step = WorkflowStep(id: "daemon", command: ["sh", "-c", script, pidFile])
        let path = scratch.file("workflow.json")
        try LayeredWorkflow.write(
            WorkflowDocument(name: "daemon", resources: [:], steps: [step]), to: path)
        let logPath = scratch.file("werk.log")
        let werk = try SpawnedWerk(
            ["run", path, "--state", scratch.file("state"), "--quiet"], logPath: logPath)
        let ended = ProcessChecks.wait(upTo: 60) { !werk.isRunning }
        werk.kill(SIGKILL)
        #expect(ended, "werk run hangs on a step's leftover process")
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8)
        return Outcome(
            status: werk.wait(),
            log: try String(contentsOfFile: logPath, encoding: .utf8),
            leftover: try #require(Int32(pid.trimmingCharacters(in: .whitespacesAndNewlines))))
    }

    @Test(
        "a background process in the step's group is killed when the step exits",
        arguments: [
            #"sleep 1000 & echo $! > "$0"; exit 0"#,
            #"sleep 1000 >/dev/null 2>&1 & echo $! > "$0"; exit 0"#,
        ])
    func leftoverInGroupKilled(script: String) throws {
        let scratch = try Scratch()
        let outcome = try run(script, in: scratch)
        #expect(outcome.status == 0)
        #expect(ProcessChecks.wait(upTo: 5) { ProcessChecks.isDead(outcome.leftover) })
        #expect(!outcome.log.contains("left a process"))
    }

    /// A script that starts `sleep 1000` in a new session (so outside the step's process
    /// group), its output redirected by `redirect` when given, and exits once the pid is
    /// written.
    private static func escaping(redirect: String?) -> String {
        #"setsid sh -c 'echo $$ > "$0"; exec sleep 1000' "$0" "#
            + (redirect ?? "") + #" & while [ ! -s "$0" ]; do sleep 0.01; done; exit 0"#
    }

    @Test(
        "a process that left the step's group does not hold the run; reported if it holds the output",
        arguments: [nil, ">/dev/null 2>&1"])
    func escapedProcess(redirect: String?) throws {
        let scratch = try Scratch()
        let outcome = try run(Self.escaping(redirect: redirect), in: scratch)
        defer { kill(outcome.leftover, SIGKILL) }
        #expect(outcome.status == 0)
        let reported = outcome.log.contains(
            "werk: step daemon left a process running outside its process group, holding its output open"
        )
        #expect(reported == (redirect == nil), "\(outcome.log)")
    }
}
