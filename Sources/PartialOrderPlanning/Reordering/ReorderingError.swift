/// Invalid options of a reordering.
public enum ReorderingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The durations are not one finite, non-negative number per step.
    case invalidDurations

    /// The message for the error.
    public var description: String {
        "durations must be one finite, non-negative number per step"
    }
}
