import Foundation
import Glibc

/// Waits for step processes on helper threads and wakes the executor's loop through a pipe.
///
/// When a step's main process exits, whatever is left of its process group is killed:
/// a step does not outlive its main process.
///
/// Each child gets a small thread blocked in `wait4(pid)`, so only the executor's own
/// children are reaped (never another component's, as `waitpid(-1)` would) and no SIGCHLD
/// handler is needed. A finished child's status goes to a locked inbox and one byte (0) to
/// the wake pipe; signal handlers write their signal number to the same pipe, so the loop
/// sleeps in a single `poll`.
final class ChildReaper: @unchecked Sendable {
    private let lock = NSLock()
    private var inbox: [ChildExit] = []
    /// The pipe's read end (polled by the executor) and write end.
    let wakeReadDescriptor: Int32
    let wakeWriteDescriptor: Int32

    init() {
        var descriptors: [Int32] = [-1, -1]
        _ = pipe(&descriptors)
        wakeReadDescriptor = descriptors[0]
        wakeWriteDescriptor = descriptors[1]
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        }
    }

    deinit {
        close(wakeReadDescriptor)
        close(wakeWriteDescriptor)
    }

    /// Starts waiting for `pid`; its exit will appear in `takeExits()`.
    func watch(_ pid: pid_t) {
        let thread = Thread { [self] in
            // Wait for the exit without reaping: the zombie keeps the pid and the group id
            // reserved while what the step left in its group is killed, so the signal cannot
            // reach a process that reused the id.
            var info = siginfo_t()
            while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            var usage = rusage()
            var result = wait4(pid, &status, 0, &usage)
            while result < 0 && errno == EINTR { result = wait4(pid, &status, 0, &usage) }
            if result < 0 { status = ChildExit.unknownStatus }
            lock.withLock { inbox.append(ChildExit(pid: pid, status: status, usage: usage)) }
            var byte: UInt8 = 0
            _ = write(wakeWriteDescriptor, &byte, 1)
        }
        thread.stackSize = 1 << 16
        thread.start()
    }

    /// The exits reported since the last call.
    func takeExits() -> [ChildExit] {
        lock.withLock {
            let exits = inbox
            inbox.removeAll(keepingCapacity: true)
            return exits
        }
    }

    /// Sleeps until something is written to the wake pipe, one of `streams` becomes
    /// readable, or `timeout` seconds pass; returns the signal numbers written by signal
    /// handlers meanwhile and the streams that are readable (or at their end).
    func sleep(timeout: Double, watching streams: [Int32]) -> (
        signals: [Int32], readable: [Int32]
    ) {
        var descriptors = [pollfd(fd: wakeReadDescriptor, events: Int16(POLLIN), revents: 0)]
        for stream in streams {
            descriptors.append(pollfd(fd: stream, events: Int16(POLLIN), revents: 0))
        }
        let milliseconds = Int32(max(0, min(timeout, 3600)) * 1000) + (timeout > 0 ? 1 : 0)
        _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        let readable = descriptors.dropFirst().filter { $0.revents != 0 }.map(\.fd)
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = read(wakeReadDescriptor, &buffer, buffer.count)
            if count <= 0 { break }
            signals += buffer[0..<count].filter { $0 != 0 }.map { Int32($0) }
        }
        return (signals, readable)
    }
}
