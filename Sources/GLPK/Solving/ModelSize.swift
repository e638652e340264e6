/// The size of a model as GLPK holds it.
public struct ModelSize: Sendable, Hashable {
    /// Constraint rows.
    public var rows: Int
    /// Variable columns.
    public var columns: Int
    /// Nonzero coefficients of the constraint matrix.
    public var nonzeros: Int
    /// Columns marked integer (or binary).
    public var integerColumns: Int

    /// A size with the given counts.
    public init(rows: Int, columns: Int, nonzeros: Int, integerColumns: Int) {
        self.rows = rows
        self.columns = columns
        self.nonzeros = nonzeros
        self.integerColumns = integerColumns
    }
}
