import Glibc

/// Pipes whose both ends are closed on `exec`, so no other child inherits them.
enum ProcessPipe {
    private typealias MakePipe = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32

    /// glibc's `pipe2`, not exported to Swift; it sets `O_CLOEXEC` atomically.
    private static let makePipe: MakePipe? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "pipe2") else { return nil }
        return unsafeBitCast(symbol, to: MakePipe.self)
    }()

    /// A new pipe (read end, write end), or the C error number.
    static func make() -> Result<(read: Int32, write: Int32), SpawnError> {
        var descriptors: [Int32] = [-1, -1]
        let status: Int32
        if let makePipe {
            status = makePipe(&descriptors, O_CLOEXEC)
        } else {
            status = pipe(&descriptors)
            for descriptor in descriptors where status == 0 {
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            }
        }
        guard status == 0 else {
            let number = errno
            return .failure(
                SpawnError(
                    program: "pipe", errorNumber: number, reason: String(cString: strerror(number)))
            )
        }
        return .success((descriptors[0], descriptors[1]))
    }
}
