/// How many 64-bit words one packed state of a task occupies.
public struct PackedStateLayout: Hashable, Sendable {
    /// The number of `UInt64` words per state (at least 1).
    public let wordCount: Int

    /// The layout for a task with `factCount` facts.
    public init(factCount: Int) { wordCount = max(1, (factCount + 63) / 64) }
}
