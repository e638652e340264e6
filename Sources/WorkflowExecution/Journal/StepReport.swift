/// One step of a run as `werk runs show` reports it.
public struct StepReport: Sendable, Equatable, Encodable {
    /// The step's id.
    public var id: String
    /// The state of its latest attempt; nil when it never started.
    public var state: AttemptState?
    /// How many attempts were made.
    public var attempts: Int
    /// The duration of the latest finished attempt in seconds.
    public var actualDuration: Double?
    /// The planned duration in seconds.
    public var plannedDuration: Double?
    /// The planned start in seconds from the start of the run.
    public var plannedStart: Double?
    /// Exit status of the latest finished attempt.
    public var exitCode: Int?
    /// Signal that ended the latest finished attempt.
    public var signal: Int?
    /// The standard error log of the latest attempt.
    public var standardErrorPath: String?
}
