import Foundation
import Glibc

/// The processes re-parented to this one while it is a child subreaper (Linux): what steps
/// left behind when the process that started them exited (a double-forked daemon, a
/// `setsid` background job).
///
/// A subreaper adopts the orphans among its descendants instead of init, so the executor
/// can find them (`/proc/*/stat`, parent = this process), tell which step they came from
/// (the `WERK_STEP` and `WERK_ATTEMPT` variables every step gets, which its descendants
/// inherit), stop them and reap them. Elsewhere than Linux there is no such thing: nothing
/// is adopted and every list is empty.
enum AdoptedProcesses {
    /// One child of this process, as `/proc` shows it.
    struct Child {
        /// Its process id.
        var pid: pid_t
        /// Its process group.
        var group: pid_t
        /// Whether it has exited and waits to be reaped.
        var isZombie: Bool
        /// Whether it is exiting: its memory, and with it its command line and
        /// environment, are gone already.
        var isExiting = false
        /// The step id and attempt in its environment (`WERK_STEP`, `WERK_ATTEMPT`).
        var step: (id: String, attempt: Int)?
        /// Its command line, or its name when the command line is gone.
        var command: String
    }

    #if os(Linux)
        private typealias ProcessControl =
            @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32

        /// glibc's `prctl`, variadic in C and so not imported into Swift: called with all
        /// five arguments, as the system call takes them.
        private static let processControl: ProcessControl? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "prctl") else { return nil }
            return unsafeBitCast(symbol, to: ProcessControl.self)
        }()

        /// `PR_SET_CHILD_SUBREAPER` and `PR_GET_CHILD_SUBREAPER` (linux/prctl.h, Linux 3.4).
        private static let setChildSubreaper: Int32 = 36
        private static let getChildSubreaper: Int32 = 37
    #endif

    /// Makes this process a child subreaper; returns whether it was one before, to give to
    /// `restore`, or nil when it cannot be one.
    static func becomeSubreaper() -> Bool? {
        #if os(Linux)
            guard let processControl else { return nil }
            var before: Int32 = 0
            let got = withUnsafeMutablePointer(to: &before) { pointer in
                processControl(getChildSubreaper, UInt(bitPattern: pointer), 0, 0, 0)
            }
            guard got == 0, processControl(setChildSubreaper, 1, 0, 0, 0) == 0 else {
                return nil
            }
            return before != 0
        #else
            return nil
        #endif
    }

    /// Puts back the subreaper setting `becomeSubreaper` found.
    static func restore(wasSubreaper: Bool) {
        #if os(Linux)
            _ = processControl?(setChildSubreaper, wasSubreaper ? 1 : 0, 0, 0, 0)
        #endif
    }

    /// The children of this process whose pid is not in `excluding`.
    static func children(excluding: Set<pid_t>) -> [Child] {
        #if os(Linux)
            let me = getpid()
            guard let directory = opendir("/proc") else { return [] }
            defer { closedir(directory) }
            var found: [Child] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard let pid = pid_t(name), !excluding.contains(pid),
                    let stat = read("/proc/\(pid)/stat"),
                    let fields = statFields(stat), fields.parent == me
                else { continue }
                var child = Child(
                    pid: pid, group: fields.group, isZombie: fields.state == "Z", step: nil,
                    command: fields.name)
                if !child.isZombie {
                    let environment = read("/proc/\(pid)/environ") ?? []
                    child.step = step(inEnvironment: environment)
                    let line = read("/proc/\(pid)/cmdline") ?? []
                    child.isExiting = line.isEmpty && environment.isEmpty
                    if !line.isEmpty {
                        child.command = String(
                            decoding: line.dropLast(line.last == 0 ? 1 : 0).map {
                                $0 == 0 ? 32 : $0
                            },
                            as: UTF8.self)
                    }
                }
                found.append(child)
            }
            return found
        #else
            return []
        #endif
    }

    /// Reaps `pid` if it has exited (never another process: the executor waits for its
    /// steps by pid on other threads).
    static func reapIfExited(_ pid: pid_t) {
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) < 0 && errno == EINTR {}
    }

    /// The name, state, parent and group in the text of `/proc/PID/stat`: `pid (name) state
    /// ppid pgrp …`, where the name may hold spaces and parentheses.
    static func statFields(_ stat: [UInt8]) -> (
        name: String, state: Character, parent: pid_t, group: pid_t
    )? {
        guard let open = stat.firstIndex(of: UInt8(ascii: "(")),
            let close = stat.lastIndex(of: UInt8(ascii: ")")), open < close
        else { return nil }
        let rest = String(decoding: stat[(close + 1)...], as: UTF8.self).split(separator: " ")
        guard rest.count >= 3, let state = rest[0].first, let parent = pid_t(rest[1]),
            let group = pid_t(rest[2])
        else { return nil }
        return (String(decoding: stat[(open + 1)..<close], as: UTF8.self), state, parent, group)
    }

    /// The step (`WERK_STEP`) and attempt (`WERK_ATTEMPT`) in a NUL-separated environment.
    static func step(inEnvironment environment: [UInt8]) -> (id: String, attempt: Int)? {
        var id: String?
        var attempt: Int?
        for entry in environment.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            if text.hasPrefix("WERK_STEP=") {
                id = String(text.dropFirst("WERK_STEP=".count))
            } else if text.hasPrefix("WERK_ATTEMPT=") {
                attempt = Int(text.dropFirst("WERK_ATTEMPT=".count))
            }
        }
        guard let id, let attempt else { return nil }
        return (id, attempt)
    }

    /// The bytes of a small `/proc` file, or nil when it cannot be read (the process ended).
    private static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > 1 << 20 { break }
        }
        return bytes
    }
}
