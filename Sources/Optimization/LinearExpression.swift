/// A sum of weighted variables plus a constant, built with `+`, `-` and `*`.
///
/// Terms are kept in insertion order; repeated variables are merged when the expression is
/// added to a model, so `x + x` means `2x`.
public struct LinearExpression: Sendable, Hashable {
    public var terms: [Term]
    public var constant: Double

    /// One weighted variable.
    public struct Term: Sendable, Hashable {
        public var variable: VariableID
        public var coefficient: Double

        public init(_ variable: VariableID, _ coefficient: Double) {
            self.variable = variable
            self.coefficient = coefficient
        }
    }

    public init(terms: [Term] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// The expression `1 · variable`.
    public init(_ variable: VariableID) { self.init(terms: [Term(variable, 1)]) }

    public static func + (lhs: Self, rhs: Self) -> Self {
        Self(terms: lhs.terms + rhs.terms, constant: lhs.constant + rhs.constant)
    }

    public static func - (lhs: Self, rhs: Self) -> Self { lhs + (-1) * rhs }

    public static func * (factor: Double, expression: Self) -> Self {
        Self(
            terms: expression.terms.map { Term($0.variable, factor * $0.coefficient) },
            constant: factor * expression.constant)
    }

    public static func + (lhs: Self, constant: Double) -> Self {
        Self(terms: lhs.terms, constant: lhs.constant + constant)
    }

    public static func += (lhs: inout Self, rhs: Self) {
        lhs.terms += rhs.terms
        lhs.constant += rhs.constant
    }
}

extension VariableID {
    /// The expression `factor · variable`.
    public static func * (factor: Double, variable: VariableID) -> LinearExpression {
        LinearExpression(terms: [LinearExpression.Term(variable, factor)])
    }
}

extension LinearExpression {
    public static func + (lhs: Self, rhs: VariableID) -> Self { lhs + Self(rhs) }
    public static func - (lhs: Self, rhs: VariableID) -> Self { lhs - Self(rhs) }
    public static func + (lhs: VariableID, rhs: Self) -> Self { Self(lhs) + rhs }
    public static func - (lhs: VariableID, rhs: Self) -> Self { Self(lhs) - rhs }
}
