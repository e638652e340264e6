/// The errors of one input, for readers that go on after the first (PDDL, workflows).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// Every error found, in the order of the text where the checks allow.
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
