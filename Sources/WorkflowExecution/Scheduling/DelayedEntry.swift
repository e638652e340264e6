/// A step waiting for its retry delay to pass, ordered by the time it may start again.
struct DelayedEntry: Comparable {
    /// Monotonic seconds at which the step becomes ready.
    var readyAt: Double
    /// The step.
    var step: Int32

    static func < (left: DelayedEntry, right: DelayedEntry) -> Bool {
        left.readyAt != right.readyAt ? left.readyAt < right.readyAt : left.step < right.step
    }
}
