import Glibc

/// Starts step processes with `posix_spawnp`, each as the leader of a new process group.
///
/// A new group (`POSIX_SPAWN_SETPGROUP`) lets the executor signal the step and everything it
/// started with one `kill(-pgid, …)`. Every signal disposition is reset to the default and
/// the signal mask cleared, so a step does not inherit the executor's ignored signals.
/// Standard input is `/dev/null`; output and error go to the given pipes. On glibc,
/// `posix_spawn` uses `clone(CLONE_VM | CLONE_VFORK)`, which costs far less than `fork`.
enum ProcessGroupSpawner {
    private typealias AddChangeDirectory =
        @convention(c) (
            UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
        ) -> Int32

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29+), not exported to Swift.
    private static let addChangeDirectory: AddChangeDirectory? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addchdir_np")
        else { return nil }
        return unsafeBitCast(symbol, to: AddChangeDirectory.self)
    }()

    /// Starts `request`; returns the child's pid, which is also its process group id.
    static func spawn(_ request: SpawnRequest) throws(SpawnError) -> pid_t {
        let program = request.arguments.first ?? ""
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultSignals = sigset_t()
        sigfillset(&defaultSignals)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes,
            Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, request.standardOutput, 1)
        posix_spawn_file_actions_adddup2(&actions, request.standardError, 2)
        if let addChangeDirectory {
            _ = addChangeDirectory(&actions, request.workingDirectory)
        }

        let arguments = request.arguments.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let status: Int32
        if let environment = request.environment {
            let variables = environment.map { strdup($0) } + [nil]
            defer { variables.forEach { free($0) } }
            status = posix_spawnp(&pid, program, &actions, &attributes, arguments, variables)
        } else {
            status = posix_spawnp(&pid, program, &actions, &attributes, arguments, environ)
        }
        guard status == 0 else {
            throw SpawnError(
                program: program, errorNumber: status, reason: String(cString: strerror(status)))
        }
        return pid
    }
}
