/// The size of a model as GLPK holds it.
public struct ModelSize: Sendable, Hashable {
    public var rows: Int
    public var columns: Int
    public var nonzeros: Int
    public var integerColumns: Int

    public init(rows: Int, columns: Int, nonzeros: Int, integerColumns: Int) {
        self.rows = rows
        self.columns = columns
        self.nonzeros = nonzeros
        self.integerColumns = integerColumns
    }
}
