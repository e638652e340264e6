/// One run as `werk runs` lists it.
public struct RunSummary: Sendable, Equatable, Encodable {
    /// The run's number in its state directory.
    public var id: Int64
    /// The workflow's name.
    public var workflowName: String
    /// The absolute path of the workflow file.
    public var workflowPath: String
    /// The fingerprint of the workflow file the run executes.
    public var workflowFingerprint: String
    /// The run's state.
    public var state: RunState
    /// When the run was created (seconds since 1970).
    public var startedAt: Double
    /// When an executor last finished working on it (seconds since 1970).
    public var finishedAt: Double?
    /// The number of steps of the workflow.
    public var stepCount: Int
    /// How many steps have succeeded.
    public var succeededCount: Int
    /// How many steps' latest attempt failed or timed out.
    public var failedCount: Int
    /// The directory holding the attempts' log files.
    public var logDirectory: String
}
