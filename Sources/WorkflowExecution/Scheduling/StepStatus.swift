/// Where a step is in one executor session.
enum StepStatus: UInt8 {
    /// Some predecessor has not succeeded yet.
    case waiting
    /// In the ready queue.
    case ready
    /// Failed, waiting for its retry delay.
    case delayed
    /// An attempt is running.
    case running
    /// Succeeded (in this session or an earlier one).
    case succeeded
    /// Failed with no retry left.
    case failed
    /// Cannot run because a step it depends on failed.
    case blocked
}
