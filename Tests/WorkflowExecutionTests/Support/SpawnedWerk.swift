import Foundation
import Glibc
import TestSupport

/// `werk` started as a direct child with `posix_spawn` and reaped with `waitpid`.
///
/// Tests that kill `werk` or leave processes behind use it rather than Foundation's
/// `Process`, whose `waitUntilExit` was seen to hang on Linux on a child that had already
/// exited (a zombie it never reaped) while other tests started processes in parallel.
final class SpawnedWerk {
    /// The process id.
    let pid: pid_t
    /// The exit status once reaped, or 128 + N when killed by signal N.
    private var status: Int32?

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

    /// Runs `werk arguments…` to its end; its exit status.
    static func run(_ arguments: [String], logPath: String) throws -> Int32 {
        try SpawnedWerk(arguments, logPath: logPath).wait()
    }

    /// Whether the process has not exited yet.
    var isRunning: Bool { reap(blocking: false) == nil }

    /// Waits for the process to end; its exit status.
    func wait() -> Int32 {
        while true {
            if let status = reap(blocking: true) { return status }
        }
    }

    /// The peak resident memory of the running process so far (`VmHWM`), in KiB; nil once
    /// it has exited. Not `wait4`'s `ru_maxrss`: that counts the memory of the process that
    /// spawned it too, which the kernel records when the child calls `exec`.
    var peakResidentKilobytes: Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }

    /// Sends `signal` to the process, unless it has been reaped.
    func kill(_ signal: Int32) {
        if status == nil { _ = Glibc.kill(pid, signal) }
    }

    private func reap(blocking: Bool) -> Int32? {
        if let status { return status }
        var raw: Int32 = 0
        guard waitpid(pid, &raw, blocking ? 0 : WNOHANG) == pid else { return nil }
        let signal = raw & 0x7f
        status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
        return status
    }

    /// `posix_spawn` failed with this C error number.
    struct SpawnFailure: Error {
        var errorNumber: Int32
    }
}
