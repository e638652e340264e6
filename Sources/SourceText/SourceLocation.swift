/// A position in a source text: 1-based line and 1-based column.
///
/// Columns count UTF-8 bytes in PDDL and JSON text and characters in YAML text (as libyaml
/// counts them). The PDDL AST keeps a location in every node, hence the 32-bit fields.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int32
    /// The 1-based column.
    public var column: Int32

    /// Creates a location at `line` and `column` (both 1-based).
    public init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    /// Creates a location at `line` and `column` (both 1-based), clamped to 32 bits.
    public init(line: Int, column: Int) {
        self.init(line: Int32(clamping: line), column: Int32(clamping: column))
    }

    /// The location of something built in code rather than read from text, or of an error
    /// that concerns a whole file.
    public static let unknown = SourceLocation(line: 0, column: 0)

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
