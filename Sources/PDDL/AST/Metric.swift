public import SourceText

/// The `:metric` of a problem.
public struct Metric: Sendable, Hashable {
    /// Whether the expression is to be made small or large.
    public enum Direction: String, Sendable, Hashable {
        case minimize
        case maximize
    }

    /// The direction.
    public var direction: Direction
    /// The expression, usually `(total-cost)` or `total-time`.
    public var expression: NumericExpression
    /// Where it is written.
    @Provenance public var location: SourceLocation

    /// Creates a metric.
    public init(
        direction: Direction, expression: NumericExpression, location: SourceLocation = .unknown
    ) {
        self.direction = direction
        self.expression = expression
        self.location = location
    }
}
