import Glibc
import TestSupport

/// `werk` started as a direct child with `posix_spawn` and reaped with `wait4`, for the
/// kernel's account of that one process (exit status, peak resident memory).
///
/// Tests that kill `werk` or leave processes behind use it rather than Foundation's
/// `Process`, whose `waitUntilExit` was seen to hang on Linux on a child that had already
/// exited (a zombie it never reaped) while other tests started processes in parallel.
final class SpawnedWerk {
    /// How the process ended.
    struct Outcome {
        /// The exit status, or 128 + N when killed by signal N.
        var status: Int32
        /// The largest resident set of the process (or of its largest reaped child), in KiB.
        var maximumResidentKilobytes: Int
    }

    /// The process id.
    let pid: pid_t
    private var outcome: Outcome?

    /// Starts `werk arguments…` with both output streams going to `logPath`.
    init(_ arguments: [String], logPath: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([WerkProcess.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, WerkProcess.path, &actions, nil, argv, environ)
        guard status == 0 else { throw SpawnFailure(errorNumber: status) }
        self.pid = pid
    }

    /// Runs `werk arguments…` to its end; how it ended.
    static func run(_ arguments: [String], logPath: String) throws -> Outcome {
        try SpawnedWerk(arguments, logPath: logPath).wait()
    }

    /// Whether the process has not exited yet.
    var isRunning: Bool { reap(blocking: false) == nil }

    /// Waits for the process to end; how it ended.
    func wait() -> Outcome {
        while true {
            if let outcome = reap(blocking: true) { return outcome }
        }
    }

    /// Sends `signal` to the process, unless it has been reaped.
    func kill(_ signal: Int32) {
        if outcome == nil { _ = Glibc.kill(pid, signal) }
    }

    private func reap(blocking: Bool) -> Outcome? {
        if let outcome { return outcome }
        var status: Int32 = 0
        var usage = rusage()
        let result = wait4(pid, &status, blocking ? 0 : WNOHANG, &usage)
        guard result == pid else { return nil }
        let signal = status & 0x7f
        outcome = Outcome(
            status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
            maximumResidentKilobytes: usage.ru_maxrss)
        return outcome
    }

    /// `posix_spawn` failed with this C error number.
    struct SpawnFailure: Error {
        var errorNumber: Int32
    }
}
