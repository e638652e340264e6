/// What one `werk run` session achieved.
public struct RunOutcome: Sendable, Equatable {
    /// The journal's id of the run.
    public var runID: Int64
    /// Whether an unfinished run was continued.
    public var resumed: Bool
    /// Steps that had succeeded in earlier sessions of the run and were not run again.
    public var alreadySucceeded: Int
    /// Steps that have succeeded, in this session or before.
    public var succeeded: Int
    /// The ids of the steps that failed for good.
    public var failed: [String]
    /// Steps that did not run (blocked by a failure, not reached, or interrupted).
    public var notRun: Int
    /// The signal that interrupted the run, if one did.
    public var interruptingSignal: Int32?
    /// The state the run was left in.
    public var state: RunState
}
