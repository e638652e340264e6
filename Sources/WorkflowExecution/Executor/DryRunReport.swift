/// What `werk run --dry-run` shows: the run it would continue and the order of the steps.
public struct DryRunReport: Sendable, Equatable {
    /// The unfinished run that would be resumed, or nil for a new run.
    public var resumedRunID: Int64?
    /// Steps that succeeded in that run and would not run again.
    public var alreadySucceeded: [Int]
    /// The other steps in the order they would start if each took no time.
    public var order: [Int]
    /// Per step: why it would run, nil when it is up to date.
    public var reasons: [RerunReason?]
}
