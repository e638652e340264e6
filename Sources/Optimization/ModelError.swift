/// Why a ``LinearModel`` refused a variable, a constraint or a value.
///
/// Every check happens in Swift, before a solver sees the data: a solver library such as
/// GLPK aborts the whole process on inconsistent input.
public enum ModelError: Error, Sendable, Hashable, CustomStringConvertible {
    case nonFiniteCoefficient(row: String, variable: String, value: Double)
    case nonFiniteObjectiveCoefficient(variable: String, value: Double)
    case nonFiniteBound(name: String, value: Double)
    case emptyRange(name: String, lower: Double, upper: Double)
    case unknownVariable(index: Int, variableCount: Int)
    case invalidName(String)
    case duplicateName(String)
    case wrongValueCount(expected: Int, got: Int)
    case lengthMismatch(row: String, variables: Int, coefficients: Int)

    /// A message naming the offending row, variable or value.
    public var description: String {
        switch self {
        case .nonFiniteCoefficient(let row, let variable, let value):
            "coefficient of '\(variable)' in constraint '\(row)' is \(value); it must be finite"
        case .nonFiniteObjectiveCoefficient(let variable, let value):
            "objective coefficient of '\(variable)' is \(value); it must be finite"
        case .nonFiniteBound(let name, let value):
            "bound \(value) of '\(name)' is not allowed (use nil for no bound)"
        case .emptyRange(let name, let lower, let upper):
            "'\(name)' has lower bound \(lower) above its upper bound \(upper)"
        case .unknownVariable(let index, let count):
            "variable #\(index) does not exist (the model has \(count) variables)"
        case .invalidName(let name):
            "invalid name '\(name)': names are 1 to 255 printable characters without spaces"
        case .duplicateName(let name):
            "the name '\(name)' is used twice"
        case .lengthMismatch(let row, let variables, let coefficients):
            "constraint '\(row)' has \(variables) variables but \(coefficients) coefficients"
        case .wrongValueCount(let expected, let got):
            "expected \(expected) values, one per variable, got \(got)"
        }
    }
}
