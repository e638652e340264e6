/// The errors of one input: thrown when a file cannot be read, parsed or checked.
public struct PDDLError: Error, Sendable, CustomStringConvertible {
    /// Every error found, in the order of the text.
    public var diagnostics: [Diagnostic]

    /// Wraps `diagnostics` (at least one).
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One `file:line:column: error: message` line per diagnostic.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
