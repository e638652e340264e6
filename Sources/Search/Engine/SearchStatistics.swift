/// Counters of one search run, as `werk plan --stats` prints them.
public struct SearchStatistics: Sendable, Equatable {
    /// States whose successors were generated.
    public var expanded = 0
    /// Heuristic evaluations.
    public var evaluated = 0
    /// Successor states (or, for lazy search, open-list entries) generated.
    public var generated = 0
    /// Closed states opened again through a cheaper path.
    public var reopened = 0
    /// Distinct states registered.
    public var registered = 0

    /// Zero counters.
    public init() {}

    /// Adds the counters of another run (the iterations of an anytime search).
    public mutating func add(_ other: SearchStatistics) {
        expanded += other.expanded
        evaluated += other.evaluated
        generated += other.generated
        reopened += other.reopened
        registered += other.registered
    }
}
