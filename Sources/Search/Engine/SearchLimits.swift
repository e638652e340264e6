/// When a search must give up: a wall-clock deadline and a resident-memory ceiling.
public struct SearchLimits: Sendable {
    /// The instant after which the search stops (nil: no time limit).
    public var deadline: ContinuousClock.Instant?
    /// The resident memory, in bytes, above which the search stops (nil: no limit).
    public var memoryBytes: Int?

    /// Limits from a deadline and a memory ceiling.
    public init(deadline: ContinuousClock.Instant? = nil, memoryBytes: Int? = nil) {
        self.deadline = deadline
        self.memoryBytes = memoryBytes
    }

    /// No limits.
    public static let none = SearchLimits()
}
