import Foundation
import Glibc
import Testing
import Workflow

/// A step that starts a background process (a daemon) and exits, run by `werk run`: the run
/// never waits for the process. One in the step's process group is killed with the group;
/// one that left the group (`setsid`, a double-forked daemon) is re-parented to `werk` (a
/// child subreaper), stopped once its step has ended, and reported with its step and pid.
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
    private func run(
        _ script: String, in scratch: Scratch, arguments: [String] = []
    ) throws -> Outcome {
        let pidFile = scratch.file("leftover.pid")
        let step = WorkflowStep(id: "daemon", command: ["sh", "-c", script, pidFile])
        let path = scratch.file("workflow.json")
        try LayeredWorkflow.write(
            WorkflowDocument(name: "daemon", resources: [:], steps: [step]), to: path)
        let logPath = scratch.file("werk.log")
        let werk = try SpawnedWerk(
            ["run", path, "--state", scratch.file("state"), "--quiet"] + arguments,
            logPath: logPath)
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
        // Killed with the group, and reaped by `werk` once orphaned, without a word.
        #expect(!outcome.log.contains(" left "), "\(outcome.log)")
    }

    /// A script that starts `sleep 1000` in a new session (so outside the step's process
    /// group), its output redirected by `redirect` when given, and exits once the pid is
    /// written.
    private static func escaping(redirect: String?) -> String {
        #"setsid sh -c 'echo $$ > "$0"; exec sleep 1000' "$0" "#
            + (redirect ?? "") + #" & while [ ! -s "$0" ]; do sleep 0.01; done; exit 0"#
    }

    @Test(
        "a process that left the step's group is stopped and named; said if it held the output",
        arguments: [nil, ">/dev/null 2>&1"])
    func escapedProcess(redirect: String?) throws {
        let scratch = try Scratch()
        let outcome = try run(Self.escaping(redirect: redirect), in: scratch)
        defer { kill(outcome.leftover, SIGKILL) }
        #expect(outcome.status == 0)
        let heldOutput = outcome.log.contains(
            "werk: step daemon left a process running outside its process group, holding its output open"
        )
        #expect(heldOutput == (redirect == nil), "\(outcome.log)")
        // `werk` ends only once what the step left is stopped and reaped.
        #expect(ProcessChecks.isDead(outcome.leftover), "\(outcome.log)")
        #expect(
            outcome.log.contains(
                "werk: step daemon (attempt 1) left process \(outcome.leftover) (sleep 1000) running after it ended"
            ), "\(outcome.log)")
    }

    @Test("a classic double-forked daemon with its output closed is stopped and named")
    func doubleForkedDaemon() throws {
        let scratch = try Scratch()
        // The middle shell exits at once; the daemon's shell closes its output, starts
        // `sleep` and waits for it: both are left behind.
        let script =
            #"(setsid sh -c 'exec >/dev/null 2>&1 </dev/null; sleep 1000 & echo $! > "$0"; wait' "$0" &); "#
            + #"while [ ! -s "$0" ]; do sleep 0.01; done; exit 0"#
        let outcome = try run(script, in: scratch)
        defer { kill(outcome.leftover, SIGKILL) }
        #expect(outcome.status == 0)
        #expect(ProcessChecks.isDead(outcome.leftover), "\(outcome.log)")
        #expect(
            outcome.log.contains("werk: step daemon (attempt 1) left process "), "\(outcome.log)")
        #expect(outcome.log.contains("stopping it (SIGTERM, then SIGKILL after 5.0s)"))
    }

    @Test("a daemon that ignores SIGTERM gets SIGKILL after --kill-grace; it knew its step")
    func stubbornDaemon() throws {
        let scratch = try Scratch()
        // The daemon writes the step and attempt it inherited, then ignores SIGTERM.
        let script =
            #"(setsid sh -c 'trap "" TERM; exec >/dev/null 2>&1 </dev/null; "#
            + #"echo "$WERK_STEP $WERK_ATTEMPT" > "$0.env"; echo $$ > "$0"; "#
            + #"while :; do sleep 0.05; done' "$0" &); while [ ! -s "$0" ]; do sleep 0.01; done"#
        let outcome = try run(script, in: scratch, arguments: ["--kill-grace", "0.5"])
        defer { kill(outcome.leftover, SIGKILL) }
        #expect(outcome.status == 0)
        #expect(ProcessChecks.isDead(outcome.leftover), "\(outcome.log)")
        #expect(
            outcome.log.contains(
                "werk: step daemon (attempt 1) left process \(outcome.leftover) (sh -c trap"),
            "\(outcome.log)")
        #expect(outcome.log.contains("SIGKILL after 0.5s"))
        let environment = try String(
            contentsOfFile: scratch.file("leftover.pid") + ".env", encoding: .utf8)
        #expect(environment == "daemon 1\n")
    }

    @Test("a daemon is left alone while its step runs; what steps leave is reaped at once")
    func daemonOfRunningStepAndZombies() throws {
        let scratch = try Scratch()
        let pidFile = scratch.file("daemon.pid")
        // `keeper` starts a double-forked daemon (orphaned at once, so adopted by `werk` while
        // `keeper` runs) and checks, after `quick` has ended and `werk` has looked for
        // leftovers, that it still runs.
        let keeper = WorkflowStep(
            id: "keeper",
            command: [
                "sh", "-c",
                #"(setsid sh -c 'echo $$ > "$0"; exec sleep 1000' "$0" >/dev/null 2>&1 &); "#
                    + #"while [ ! -s "$0" ]; do sleep 0.01; done; sleep 1.5; kill -0 "$(cat "$0")""#,
                pidFile,
            ])
        // `quick` leaves a process in its group, killed with the group after it was orphaned:
        // `werk` (its parent by then) reaps it, so `check` finds no zombie child of `werk`.
        let quick = WorkflowStep(id: "quick", command: ["sh", "-c", "sleep 1000 & exit 0"])
        let check = WorkflowStep(
            id: "check",
            command: [
                "sh", "-c",
                #"sleep 0.3; for f in /proc/[0-9]*/stat; do read -r line 2>/dev/null < "$f" || continue; "#
                    + #"set -- ${line##*) }; [ "$2" = "$PPID" ] && [ "$1" = Z ] && exit 1; done; exit 0"#,
            ],
            after: ["quick"])
        let path = scratch.file("workflow.json")
        try LayeredWorkflow.write(
            WorkflowDocument(name: "daemon", resources: [:], steps: [keeper, quick, check]),
            to: path)
        let logPath = scratch.file("werk.log")
        let werk = try SpawnedWerk(
            ["run", path, "--state", scratch.file("state"), "--jobs", "2"], logPath: logPath)
        let ended = ProcessChecks.wait(upTo: 60) { !werk.isRunning }
        werk.kill(SIGKILL)
        #expect(ended)
        let status = werk.wait()
        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        let daemon = try #require(
            Int32(
                try String(contentsOfFile: pidFile, encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)))
        defer { kill(daemon, SIGKILL) }
        #expect(status == 0, "\(log)")
        #expect(ProcessChecks.isDead(daemon))
        #expect(
            log.contains("werk: step keeper (attempt 1) left process \(daemon) (sleep 1000)"),
            "\(log)")
        #expect(!log.contains("step quick"), "\(log)")
    }
}
