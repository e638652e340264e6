/// A timed initial literal of a ground task: at ``time`` the fact becomes true (or false).
public struct GroundTimedLiteral: Hashable, Sendable {
    /// When, in plan time.
    public let time: Double
    /// The fact changed.
    public let fact: FactID
    /// True when the fact becomes true.
    public let isAdd: Bool

    /// Creates a literal.
    public init(time: Double, fact: FactID, isAdd: Bool) {
        self.time = time
        self.fact = fact
        self.isAdd = isAdd
    }
}
