/// One error found in an input file, printed as `file:line:column: error: message`.
///
/// Every reader of Werkvloei (PDDL, plans, scheduling instances, scenarios, workflows, JSON,
/// YAML, GLPK model files) reports its errors as this type, and `werk` prints them as they
/// describe themselves.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether the input is malformed or well-formed but proven wrong.
    public enum Kind: Sendable, Hashable {
        /// The input cannot be read as what it should be (`werk` exits with status 2).
        case error
        /// The input reads well but is not a valid one of `what` (a plan that names an
        /// action the task cannot have): a verdict, printed as `invalid what`.
        case invalid(_ what: String)
    }

    /// The name of the file as given by the user.
    public var file: String
    /// Where the error is; ``SourceLocation/unknown`` when it concerns the whole file.
    public var location: SourceLocation
    /// What is wrong, in words the user can act on.
    public var message: String
    /// Whether the input is malformed or proven wrong.
    public var kind: Kind

    /// Creates a diagnostic for `file` at `location`.
    public init(file: String, location: SourceLocation, message: String, kind: Kind = .error) {
        self.file = file
        self.location = location
        self.message = message
        self.kind = kind
    }

    /// Creates a diagnostic for `file` at 1-based `line` and `column`.
    public init(file: String, line: Int, column: Int, message: String) {
        self.init(
            file: file, location: SourceLocation(line: line, column: column), message: message)
    }

    /// `file:line:column: error: message` (`file: error: message` when the error concerns the
    /// whole file, such as one that cannot be read); `invalid what` in place of `error` for
    /// an input proven wrong.
    public var description: String {
        let label =
            switch kind {
            case .error: "error"
            case .invalid(let what): "invalid \(what)"
            }
        return location == .unknown
            ? "\(file): \(label): \(message)"
            : "\(file):\(location.line):\(location.column): \(label): \(message)"
    }
}
