/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: Sendable, Hashable {
    case minimize, maximize
}

/// A dense handle to a constraint of a ``LinearModel``: its 0-based row index.
public struct ConstraintID: Hashable, Comparable, Sendable {
    /// 0-based row index in the model that created it.
    public let index: Int
    /// Wraps a 0-based row index.
    public init(_ index: Int) { self.index = index }
    /// Orders by row index.
    public static func < (lhs: ConstraintID, rhs: ConstraintID) -> Bool { lhs.index < rhs.index }
}

/// A linear or mixed-integer program, independent of any solver.
///
/// Rows are stored in compressed sparse row form, so building a model costs O(nonzeros)
/// time and memory. Every value is checked as it is added (finite coefficients, consistent
/// bounds, known variables), so a model that exists is one any solver can accept.
public struct LinearModel: Sendable {
    /// The model's name.
    public var name: String
    /// Whether the objective is minimised (the default) or maximised.
    public var objectiveSense: ObjectiveSense = .minimize
    /// The columns, in the order they were added (indexed by ``VariableID``).
    public private(set) var variables: [Variable] = []
    /// Objective coefficient per variable, indexed like ``variables``.
    public private(set) var objectiveCoefficients: [Double] = []
    /// The constant term of the objective.
    public private(set) var objectiveConstant: Double = 0

    /// Name of each row, in the order the constraints were added (indexed by ``ConstraintID``).
    public private(set) var rowNames: [String] = []
    /// Bounds of each row, indexed like ``rowNames``.
    public private(set) var rowBounds: [RowBounds] = []
    /// Row `i` occupies `rowStarts[i] ..< rowStarts[i + 1]` of ``columnIndices``/``coefficients``.
    public private(set) var rowStarts: [Int] = [0]
    /// Column index of each nonzero, row after row (see ``rowStarts``).
    public private(set) var columnIndices: [Int32] = []
    /// Coefficient of each nonzero, parallel to ``columnIndices``.
    public private(set) var coefficients: [Double] = []

    /// Scratch space for merging repeated variables in one row: the position of each column
    /// in the row being added, valid when `scratchRow[column] == rowNames.count`.
    private var scratchRow: [Int] = []
    private var scratchPosition: [Int] = []

    /// An empty model: no variables, no constraints, minimising zero.
    public init(name: String = "model") { self.name = name }

    /// Number of variables (columns).
    public var variableCount: Int { variables.count }
    /// Number of constraints (rows).
    public var constraintCount: Int { rowNames.count }
    /// Number of stored constraint coefficients.
    public var nonzeroCount: Int { coefficients.count }
    /// Whether any variable is integer or binary, making the model a MILP.
    public var hasIntegerVariables: Bool { variables.contains { $0.kind != .continuous } }

    /// Adds a variable; `nil` bounds mean unbounded in that direction.
    ///
    /// Binary variables always get bounds [0, 1].
    @discardableResult
    public mutating func addVariable(
        _ name: String? = nil, kind: VariableKind = .continuous,
        lowerBound: Double? = 0, upperBound: Double? = nil, objective: Double = 0
    ) throws(ModelError) -> VariableID {
        let id = VariableID(variables.count)
        let name = name ?? "x\(id.index + 1)"
        let (lower, upper) = kind == .binary ? (0.0, 1.0) : (lowerBound, upperBound)
        try Self.checkBounds(name: name, lower: lower, upper: upper)
        guard objective.isFinite else {
            throw .nonFiniteObjectiveCoefficient(variable: name, value: objective)
        }
        variables.append(Variable(name: name, kind: kind, lowerBound: lower, upperBound: upper))
        objectiveCoefficients.append(objective)
        scratchRow.append(-1)
        scratchPosition.append(0)
        return id
    }

    /// Adds the constraint `bounds(expression)`; the expression's constant moves to the bounds.
    @discardableResult
    public mutating func addConstraint(
        _ expression: LinearExpression, _ bounds: RowBounds, name: String? = nil
    ) throws(ModelError) -> ConstraintID {
        try addConstraint(
            variables: expression.terms.lazy.map(\.variable.index),
            coefficients: expression.terms.lazy.map(\.coefficient),
            bounds.shifted(by: -expression.constant), name: name)
    }

    /// Adds a constraint from parallel sequences of variable indices and coefficients: the
    /// fast path for large models. Repeated variables are summed; zero coefficients are kept
    /// out of the matrix.
    ///
    /// - Complexity: O(number of entries).
    @discardableResult
    public mutating func addConstraint(
        variables indices: some Sequence<Int>, coefficients values: some Sequence<Double>,
        _ bounds: RowBounds, name: String? = nil
    ) throws(ModelError) -> ConstraintID {
        // One copy into contiguous arrays (a memcpy for arrays and slices) lets the loop
        // below run on concrete types rather than through generic iterators.
        try appendRow(
            columns: Array(indices), values: Array(values), bounds,
            name: name ?? "r\(rowNames.count + 1)")
    }

    private mutating func appendRow(
        columns: [Int], values: [Double], _ bounds: RowBounds, name: String
    ) throws(ModelError) -> ConstraintID {
        guard columns.count == values.count else {
            throw .lengthMismatch(row: name, variables: columns.count, coefficients: values.count)
        }
        try Self.checkBounds(name: name, lower: bounds.lower, upper: bounds.upper)
        let row = rowNames.count
        let rowStart = coefficients.count
        for (column, value) in zip(columns, values) {
            guard column >= 0, column < variables.count else {
                truncateRow(at: rowStart)
                throw .unknownVariable(index: column, variableCount: variables.count)
            }
            guard value.isFinite else {
                truncateRow(at: rowStart)
                throw .nonFiniteCoefficient(
                    row: name, variable: variables[column].name, value: value)
            }
            if scratchRow[column] == row {
                coefficients[scratchPosition[column]] += value
            } else {
                scratchRow[column] = row
                scratchPosition[column] = coefficients.count
                columnIndices.append(Int32(column))
                coefficients.append(value)
            }
        }
        removeZeros(from: rowStart)
        rowNames.append(name)
        rowBounds.append(bounds)
        rowStarts.append(coefficients.count)
        return ConstraintID(row)
    }

    /// Replaces the objective; the expression's constant becomes the objective constant.
    public mutating func setObjective(
        _ expression: LinearExpression, _ sense: ObjectiveSense
    ) throws(ModelError) {
        var dense = [Double](repeating: 0, count: variables.count)
        for term in expression.terms {
            guard term.variable.index >= 0, term.variable.index < variables.count else {
                throw .unknownVariable(index: term.variable.index, variableCount: variables.count)
            }
            guard term.coefficient.isFinite else {
                throw .nonFiniteObjectiveCoefficient(
                    variable: variables[term.variable.index].name, value: term.coefficient)
            }
            dense[term.variable.index] += term.coefficient
        }
        guard expression.constant.isFinite else {
            throw .nonFiniteObjectiveCoefficient(variable: "constant", value: expression.constant)
        }
        objectiveCoefficients = dense
        objectiveConstant = expression.constant
        objectiveSense = sense
    }

    /// The entries of row `row`, as (column, coefficient) pairs.
    public func row(_ row: ConstraintID) -> some Collection<(column: Int, coefficient: Double)> {
        (rowStarts[row.index]..<rowStarts[row.index + 1]).lazy.map {
            (Int(columnIndices[$0]), coefficients[$0])
        }
    }

    /// The value of the objective at `values` (one value per variable).
    public func objectiveValue(at values: [Double]) -> Double {
        zip(objectiveCoefficients, values).reduce(objectiveConstant) { $0 + $1.0 * $1.1 }
    }

    /// The largest violation of any bound, constraint or integrality requirement at `values`;
    /// 0 means feasible.
    public func maximumViolation(at values: [Double]) throws(ModelError) -> Double {
        guard values.count == variables.count else {
            throw .wrongValueCount(expected: variables.count, got: values.count)
        }
        var worst = 0.0
        for (variable, value) in zip(variables, values) {
            if let lower = variable.lowerBound { worst = max(worst, lower - value) }
            if let upper = variable.upperBound { worst = max(worst, value - upper) }
            if variable.kind != .continuous { worst = max(worst, abs(value - value.rounded())) }
        }
        for row in 0..<constraintCount {
            var activity = 0.0
            for entry in rowStarts[row]..<rowStarts[row + 1] {
                activity += coefficients[entry] * values[Int(columnIndices[entry])]
            }
            if let lower = rowBounds[row].lower { worst = max(worst, lower - activity) }
            if let upper = rowBounds[row].upper { worst = max(worst, activity - upper) }
        }
        return worst
    }

    private mutating func truncateRow(at start: Int) {
        columnIndices.removeSubrange(start...)
        coefficients.removeSubrange(start...)
        // Entries of the abandoned row may still be marked in the scratch arrays; the next
        // row gets the same index, so clear them.
        for column in scratchRow.indices where scratchRow[column] == rowNames.count {
            scratchRow[column] = -1
        }
    }

    private mutating func removeZeros(from start: Int) {
        guard coefficients[start...].contains(0) else { return }
        var write = start
        for read in start..<coefficients.count where coefficients[read] != 0 {
            columnIndices[write] = columnIndices[read]
            coefficients[write] = coefficients[read]
            write += 1
        }
        columnIndices.removeSubrange(write...)
        coefficients.removeSubrange(write...)
    }

    private static func checkBounds(
        name: String, lower: Double?, upper: Double?
    ) throws(ModelError) {
        if let lower, !lower.isFinite { throw .nonFiniteBound(name: name, value: lower) }
        if let upper, !upper.isFinite { throw .nonFiniteBound(name: name, value: upper) }
        if let lower, let upper, lower > upper {
            throw .emptyRange(name: name, lower: lower, upper: upper)
        }
    }
}

extension RowBounds {
    /// The same range moved by `offset` (used to move an expression's constant to the bounds).
    func shifted(by offset: Double) -> RowBounds {
        guard offset != 0 else { return self }
        switch self {
        case .lessOrEqual(let value): return .lessOrEqual(value + offset)
        case .greaterOrEqual(let value): return .greaterOrEqual(value + offset)
        case .equal(let value): return .equal(value + offset)
        case .range(let lower, let upper): return .range(lower + offset, upper + offset)
        case .free: return .free
        }
    }
}
