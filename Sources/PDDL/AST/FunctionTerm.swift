public import SourceText

/// A numeric function applied to terms, such as `(road-length ?from ?to)`.
public struct FunctionTerm: Sendable, Hashable {
    /// The function: its index in ``Domain/functions``.
    public var function: Int
    /// The arguments.
    public var arguments: [Term]
    /// Where the term starts.
    @Provenance public var location: SourceLocation

    /// Creates a function term.
    public init(function: Int, arguments: [Term], location: SourceLocation = .unknown) {
        self.function = function
        self.arguments = arguments
        self.location = location
    }
}
