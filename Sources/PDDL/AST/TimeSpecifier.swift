/// When a condition or effect of a durative action applies (PDDL 2.1).
public enum TimeSpecifier: String, Sendable, Hashable {
    /// `at start`
    case atStart = "at start"
    /// `at end`
    case atEnd = "at end"
    /// `over all` (conditions only)
    case overAll = "over all"
}
