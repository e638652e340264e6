/// When grounding must give up: a wall-clock deadline and a resident-memory ceiling, checked
/// inside the reachability fixpoint (whose bindings can be astronomically many: 20
/// parameters over 10 objects are 10^20).
public struct GroundingLimits: Sendable {
    /// The instant after which grounding stops (nil: no time limit).
    public var deadline: ContinuousClock.Instant?
    /// The resident memory, in bytes, above which grounding stops (nil: no limit).
    public var memoryBytes: Int?
    /// Reads the resident memory of the process in bytes (the caller's, so that grounding
    /// and search measure alike); without it the memory ceiling is not checked.
    public var residentBytes: (@Sendable () -> Int?)?

    /// Limits from a deadline and a memory ceiling measured by `residentBytes`.
    public init(
        deadline: ContinuousClock.Instant? = nil, memoryBytes: Int? = nil,
        residentBytes: (@Sendable () -> Int?)? = nil
    ) {
        self.deadline = deadline
        self.memoryBytes = memoryBytes
        self.residentBytes = residentBytes
    }

    /// No limits.
    public static let none = GroundingLimits()

    /// The limit reached now, if any.
    func reachedLimit() -> GroundingFailure.Limit? {
        if let deadline, ContinuousClock.now >= deadline { return .time }
        if let memoryBytes, let resident = residentBytes?(), resident > memoryBytes {
            return .memory
        }
        return nil
    }
}
