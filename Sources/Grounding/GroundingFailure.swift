public import PDDL

/// Why a task cannot be grounded: an unsupported feature or a task too large, located in
/// the domain or problem file.
public struct GroundingFailure: Error, Sendable, Hashable {
    /// Where the offending construct is written (`.unknown` for whole-task limits).
    public var location: SourceLocation
    /// Whether the location is in the problem file (else the domain file).
    public var inProblem: Bool
    /// What is wrong, in words.
    public var message: String

    /// Creates a failure.
    public init(location: SourceLocation, inProblem: Bool, message: String) {
        self.location = location
        self.inProblem = inProblem
        self.message = message
    }

    /// The failure as a diagnostic of the right file: `file:line:column: error: message`.
    public func diagnostic(domainFile: String, problemFile: String) -> Diagnostic {
        Diagnostic(file: inProblem ? problemFile : domainFile, location: location, message: message)
    }
}
