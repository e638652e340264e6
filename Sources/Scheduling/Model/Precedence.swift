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
    public var minimumLag: Int
    public var maximumLag: Int?

    public init(predecessor: Int, successor: Int, minimumLag: Int = 0, maximumLag: Int? = nil) {
        self.predecessor = predecessor
        self.successor = successor
        self.minimumLag = minimumLag
        self.maximumLag = maximumLag
    }
}
