/// A reason the executor cannot start or continue a run (not a step failure).
public struct ExecutionError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, for the user.
    public var description: String
}
