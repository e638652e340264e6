public import SourceText

/// A reason the executor cannot start or continue a run (not a step failure).
public struct ExecutionError: Error, Sendable, CustomStringConvertible {
    /// The error about the file or folder concerned (`path: error: message`), so `werk`
    /// prints it as every other error.
    public var diagnostic: Diagnostic

    /// Creates an error about the whole of `path`.
    init(path: String, message: String) {
        diagnostic = Diagnostic(file: path, location: .unknown, message: message)
    }

    /// `path: error: message`.
    public var description: String { diagnostic.description }
}
