import Glibc

/// An exclusive `flock` on `<state>/lock`, so two executors never share a journal.
struct StateDirectoryLock: ~Copyable {
    private let descriptor: Int32

    /// Takes the lock or throws when another executor holds it.
    init(stateDirectory: String) throws(ExecutionError) {
        let path = stateDirectory + "/lock"
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExecutionError(
                description: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw ExecutionError(
                description: "another `werk run` is using the state directory \(stateDirectory)")
        }
    }

    deinit {
        close(descriptor)
    }
}
