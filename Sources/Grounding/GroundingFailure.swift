public import SourceText

/// Why a task cannot be grounded: an unsupported feature or a task too large, located in
/// the domain or problem file.
public struct GroundingFailure: Error, Sendable, Hashable {
    /// Where the offending construct is written (`.unknown` for whole-task limits).
    public var location: SourceLocation
    /// Whether the location is in the problem file (else the domain file).
    public var inProblem: Bool
    /// What is wrong, in words.
    public var message: String
    /// The limit grounding reached (an outcome, not bad input), if that is the failure.
    public var limit: Limit?

    /// A limit of ``GroundingLimits``.
    public enum Limit: Sendable, Hashable {
        case time, memory
    }

    /// Creates a failure.
    public init(location: SourceLocation, inProblem: Bool, message: String, limit: Limit? = nil) {
        self.location = location
        self.inProblem = inProblem
        self.message = message
        self.limit = limit
    }

    /// Grounding stopped at `limit`.
    static func reached(_ limit: Limit) -> GroundingFailure {
        GroundingFailure(
            location: .unknown, inProblem: true,
            message: limit == .time
                ? "time limit reached while grounding" : "memory limit reached while grounding",
            limit: limit)
    }

    /// The failure as a diagnostic of the right file: `file:line:column: error: message`.
    public func diagnostic(domainFile: String, problemFile: String) -> Diagnostic {
        Diagnostic(file: inProblem ? problemFile : domainFile, location: location, message: message)
    }
}
