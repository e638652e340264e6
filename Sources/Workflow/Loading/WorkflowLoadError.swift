/// The reasons a workflow file cannot be used, each with its position and JSON path.
public struct WorkflowLoadError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file order where the checks allow.
    public var diagnostics: [WorkflowDiagnostic]

    /// One `file:line:column: error: …` line per problem.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
