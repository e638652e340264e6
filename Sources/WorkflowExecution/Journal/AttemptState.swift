/// The state of one attempt of a step, as the journal stores it.
public enum AttemptState: String, Sendable, CaseIterable, Encodable {
    /// Recorded before the process is spawned; still running, or the executor died.
    case running
    /// Exited with status 0 (and created its declared outputs).
    case succeeded
    /// Exited with another status, was killed by a signal, or could not be started.
    case failed
    /// Killed by the executor after its timeout.
    case timedOut = "timed_out"
    /// Stopped because the executor was interrupted (SIGINT, SIGTERM, SIGHUP).
    case cancelled
    /// Was running when an earlier executor died; found on resume and run again.
    case lost
}
