/// A finish-to-start relation with time lags between two activities.
///
/// With `S` the start and `F` the finish of an activity:
/// `S(successor) ≥ F(predecessor) + minimumLag`, and when `maximumLag` is given,
/// `S(successor) ≤ F(predecessor) + maximumLag`.
public struct Precedence: Sendable, Hashable, Codable {
    /// Index of the activity that comes first.
    public var predecessor: Int
    /// Index of the activity that comes after.
    public var successor: Int
    /// The least time from the predecessor's finish to the successor's start.
    public var minimumLag: Int
    /// The most time from the predecessor's finish to the successor's start, if bounded.
    public var maximumLag: Int?

    /// `successor` starts between `minimumLag` and `maximumLag` after `predecessor` finishes.
    public init(predecessor: Int, successor: Int, minimumLag: Int = 0, maximumLag: Int? = nil) {
        self.predecessor = predecessor
        self.successor = successor
        self.minimumLag = minimumLag
        self.maximumLag = maximumLag
    }
}
