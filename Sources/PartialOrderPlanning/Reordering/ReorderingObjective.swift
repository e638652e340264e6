/// What a reordering minimises.
public enum ReorderingObjective: String, Sendable, CaseIterable {
    /// The number of orderings (explicit ordering decisions in the model; the result is
    /// reduced and minimised afterwards).
    case orderings
    /// The critical path: the longest chain, in steps or in the given durations.
    case criticalPath = "critical-path"
}
