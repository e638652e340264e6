/// The state of one run, as the journal stores it.
public enum RunState: String, Sendable, CaseIterable, Encodable {
    /// An executor is working on it, or died while doing so (resumable).
    case running
    /// Every step succeeded.
    case succeeded
    /// Some steps failed or could not run because of a failure (resumable).
    case failed
    /// Stopped by a signal (resumable).
    case interrupted
    /// Left unfinished and taken over by a later run after the workflow file changed.
    case superseded
}
