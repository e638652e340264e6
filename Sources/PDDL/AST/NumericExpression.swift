public import SourceText

/// A numeric expression: a number, a function term, `?duration`, or arithmetic over them.
public struct NumericExpression: Sendable, Hashable {
    /// The root of the expression.
    public indirect enum Kind: Sendable, Hashable {
        /// A literal number.
        case number(Double)
        /// The current value of a function term.
        case function(FunctionTerm)
        /// `?duration` inside a durative action.
        case duration
        /// `total-time` in a metric.
        case totalTime
        /// `(+ a b)`, `(- a b)`, `(* a b)`, `(/ a b)`.
        case binary(ArithmeticOperator, NumericExpression, NumericExpression)
        /// `(- a)`.
        case negation(NumericExpression)
    }

    /// The root of the expression.
    public var kind: Kind
    /// Where the expression starts.
    @Provenance public var location: SourceLocation

    /// Creates an expression.
    public init(_ kind: Kind, location: SourceLocation = .unknown) {
        self.kind = kind
        self.location = location
    }
}
