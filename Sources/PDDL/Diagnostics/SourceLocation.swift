/// A position in a source text: 1-based line and 1-based byte column.
///
/// Locations are provenance, not content: they compare equal to each other in every AST
/// (see ``Provenance``) so that a printed and re-parsed AST equals the original.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int32
    /// The 1-based column, counted in bytes.
    public var column: Int32

    /// Creates a location at `line` and `column` (both 1-based).
    public init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    /// The location of a node built in code rather than parsed from text.
    public static let unknown = SourceLocation(line: 0, column: 0)

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
