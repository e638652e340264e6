/// What to start for one step attempt.
struct SpawnRequest {
    /// Program and arguments; the program is looked up in `PATH`.
    var arguments: [String]
    /// The complete environment as `NAME=value` strings, or nil for the executor's own.
    var environment: [String]?
    /// The absolute working directory.
    var workingDirectory: String
    /// The descriptor the child gets as standard output (a pipe's write end).
    var standardOutput: Int32
    /// The descriptor the child gets as standard error (a pipe's write end).
    var standardError: Int32
}
