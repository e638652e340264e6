/// A step waiting in the ready queue, ordered by its dispatch rank.
struct ReadyEntry: Comparable {
    /// The step's dispatch rank (earliest planned start first); unique per step.
    var priority: Int32
    /// The step.
    var step: Int32

    static func < (left: ReadyEntry, right: ReadyEntry) -> Bool {
        left.priority < right.priority
    }
}
