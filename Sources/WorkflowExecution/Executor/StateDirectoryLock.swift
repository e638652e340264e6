import Glibc

/// An exclusive `flock` on `<state>/lock`, so two executors never share a journal.
///
/// The kernel drops the lock when its holder exits, however it exits (SIGKILL included),
/// so a lock is never stale. The descriptor is closed on `exec`: steps, and whatever they
/// leave running, never hold it. The holder writes its pid into the file, for the message
/// of the executor it keeps out.
struct StateDirectoryLock: ~Copyable {
    private let descriptor: Int32

    /// Takes the lock or throws when another executor holds it.
    init(stateDirectory: String) throws(ExecutionError) {
        let path = stateDirectory + "/lock"
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExecutionError(
                path: path, message: "cannot open it: \(String(cString: strerror(errno)))")
        }
        guard Self.lock(descriptor) else {
            let holder = Self.holder(readFrom: descriptor).map { " (pid \($0))" } ?? ""
            close(descriptor)
            throw ExecutionError(
                path: stateDirectory,
                message: "another `werk run`\(holder) is using this state folder; wait for it "
                    + "to end, or name another folder with --state")
        }
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 {
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        }
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock on `descriptor`, trying for up to half a second: a child that another
    /// thread of this process is starting holds a copy of every descriptor until its `exec`
    /// closes them, the lock of an executor that just ended in this process included.
    private static func lock(_ descriptor: Int32) -> Bool {
        for _ in 0..<50 {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK || errno == EINTR else { return false }
            usleep(10_000)
        }
        return false
    }

    /// The pid the lock's holder wrote into the file, if it is there yet.
    private static func holder(readFrom descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).prefix { $0 != "\n" })
    }
}
