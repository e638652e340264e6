/// An attempt whose process is running, with what the executor has done to it.
struct RunningAttempt {
    /// The step.
    var step: Int
    /// The attempt number (1 for the first attempt of the run).
    var attempt: Int
    /// The process id, which is also the process group id.
    var pid: Int32
    /// When it started, wall clock (seconds since 1970).
    var startedAt: Double
    /// When it started, monotonic clock.
    var startedMonotonic: Double
    /// Monotonic time of its timeout, if it has one.
    var deadline: Double?
    /// Monotonic time SIGTERM was sent to its group.
    var terminatedAt: Double?
    /// Whether SIGKILL was sent to its group.
    var killed = false
    /// Whether it was stopped because its timeout passed.
    var timedOut = false
    /// Whether it was stopped because the executor was interrupted.
    var cancelled = false
    /// Its standard output log.
    var standardOutputPath: String
    /// Its standard error log.
    var standardErrorPath: String
    /// Its standard output and error pipes, copied to the logs as they fill.
    var streams: [CapturedStream] = []
}
