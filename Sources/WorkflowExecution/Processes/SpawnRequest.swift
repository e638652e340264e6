/// What to start for one step attempt.
struct SpawnRequest {
    /// Program and arguments; the program is looked up in `PATH`.
    var arguments: [String]
    /// The complete environment as `NAME=value` strings, or nil for the executor's own.
    var environment: [String]?
    /// The absolute working directory.
    var workingDirectory: String
    /// The file that receives standard output (created or truncated).
    var standardOutputPath: String
    /// The file that receives standard error (created or truncated).
    var standardErrorPath: String
}
