/// An ordering constraint `before ≺ after` between two steps of a partial-order plan.
public struct Ordering: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The index of the step that must come first.
    public var before: Int
    /// The index of the step that must come later.
    public var after: Int

    /// Creates the constraint `before ≺ after`.
    public init(before: Int, after: Int) {
        self.before = before
        self.after = after
    }

    /// Orders by `before`, then `after`.
    public static func < (lhs: Ordering, rhs: Ordering) -> Bool {
        (lhs.before, lhs.after) < (rhs.before, rhs.after)
    }

    /// `before ≺ after`, e.g. `1 ≺ 3`.
    public var description: String { "\(before) ≺ \(after)" }
}
