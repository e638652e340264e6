/// A step's process could not be started (program not found, not executable, …).
struct SpawnError: Error, CustomStringConvertible {
    /// The program that was to be started.
    var program: String
    /// The C error number `posix_spawnp` returned.
    var errorNumber: Int32
    /// The system's description of the error.
    var reason: String

    var description: String { "cannot start '\(program)': \(reason)" }
}
