/// Checks `SearchLimits` cheaply from a search loop: the clock every 64 calls, the resident
/// memory every 1024 calls.
struct LimitMonitor {
    let limits: SearchLimits
    private var calls = 0

    init(limits: SearchLimits) { self.limits = limits }

    /// The limit that has been reached, if any.
    mutating func reachedLimit() -> SearchOutcome.Limit? {
        calls &+= 1
        if calls & 63 == 0, limits.isPastDeadline { return .time }
        if calls & 1023 == 0, let ceiling = limits.memoryBytes,
            let resident = MemoryUsage.residentBytes(), resident > ceiling
        {
            return .memory
        }
        return nil
    }
}
