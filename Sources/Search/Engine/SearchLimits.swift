/// When a search must give up: a wall-clock deadline, a resident-memory ceiling, and a stop
/// requested from outside (an interrupt), which counts as the deadline passing.
public struct SearchLimits: Sendable {
    /// The instant after which the search stops (nil: no time limit).
    public var deadline: ContinuousClock.Instant?
    /// The resident memory, in bytes, above which the search stops (nil: no limit).
    public var memoryBytes: Int?
    /// Whether the search has been asked to stop now, as if its deadline had passed.
    public var stopRequested: (@Sendable () -> Bool)?

    /// Limits from a deadline, a memory ceiling and a stop request.
    public init(
        deadline: ContinuousClock.Instant? = nil, memoryBytes: Int? = nil,
        stopRequested: (@Sendable () -> Bool)? = nil
    ) {
        self.deadline = deadline
        self.memoryBytes = memoryBytes
        self.stopRequested = stopRequested
    }

    /// Whether the deadline has passed or a stop was requested.
    public var isPastDeadline: Bool {
        if let deadline, ContinuousClock.now >= deadline { return true }
        return stopRequested?() ?? false
    }

    /// No limits.
    public static let none = SearchLimits()
}
