/// A numeric comparison of PDDL 2.1.
public enum ComparisonOperator: String, Sendable, Hashable {
    case less = "<"
    case lessOrEqual = "<="
    case equal = "="
    case greaterOrEqual = ">="
    case greater = ">"

    /// Whether `lhs op rhs` holds.
    public func holds(_ lhs: Double, _ rhs: Double) -> Bool {
        switch self {
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .equal: lhs == rhs
        case .greaterOrEqual: lhs >= rhs
        case .greater: lhs > rhs
        }
    }
}
