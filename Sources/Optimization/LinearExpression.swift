/// A sum of weighted variables plus a constant, built with `+`, `-` and `*`.
///
/// Terms are kept in insertion order; repeated variables are merged when the expression is
/// added to a model, so `x + x` means `2x`.
public struct LinearExpression: Sendable, Hashable {
    /// The weighted variables, in insertion order (a variable may repeat).
    public var terms: [Term]
    /// The constant added to the terms.
    public var constant: Double

    /// One weighted variable.
    public struct Term: Sendable, Hashable {
        /// The variable.
        public var variable: VariableID
        /// Its weight.
        public var coefficient: Double

        /// The term `coefficient · variable`.
        public init(_ variable: VariableID, _ coefficient: Double) {
            self.variable = variable
            self.coefficient = coefficient
        }
    }

    /// The expression `terms + constant`; zero by default.
    public init(terms: [Term] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// The expression `1 · variable`.
    public init(_ variable: VariableID) { self.init(terms: [Term(variable, 1)]) }

    /// The sum; the terms are concatenated, not merged.
    public static func + (lhs: Self, rhs: Self) -> Self {
        Self(terms: lhs.terms + rhs.terms, constant: lhs.constant + rhs.constant)
    }

    /// The difference `lhs - rhs`.
    public static func - (lhs: Self, rhs: Self) -> Self { lhs + (-1) * rhs }

    /// `expression` scaled by `factor`, constant included.
    public static func * (factor: Double, expression: Self) -> Self {
        Self(
            terms: expression.terms.map { Term($0.variable, factor * $0.coefficient) },
            constant: factor * expression.constant)
    }

    /// `lhs` with `constant` added.
    public static func + (lhs: Self, constant: Double) -> Self {
        Self(terms: lhs.terms, constant: lhs.constant + constant)
    }

    /// Adds `rhs` to `lhs` in place (terms concatenated).
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
    /// `lhs + 1 · rhs`.
    public static func + (lhs: Self, rhs: VariableID) -> Self { lhs + Self(rhs) }
    /// `lhs - 1 · rhs`.
    public static func - (lhs: Self, rhs: VariableID) -> Self { lhs - Self(rhs) }
    /// `1 · lhs + rhs`.
    public static func + (lhs: VariableID, rhs: Self) -> Self { Self(lhs) + rhs }
    /// `1 · lhs - rhs`.
    public static func - (lhs: VariableID, rhs: Self) -> Self { Self(lhs) - rhs }
}
