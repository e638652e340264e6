public import SourceText

/// A numeric function of `:functions` (such as `total-cost` or `(distance ?a ?b)`).
public struct FunctionDeclaration: Sendable, Hashable {
    /// The name, lowercased.
    public var name: String
    /// The parameters.
    public var parameters: [TypedVariable]
    /// Where it is declared.
    @Provenance public var location: SourceLocation

    /// Creates a declaration.
    public init(name: String, parameters: [TypedVariable], location: SourceLocation = .unknown) {
        self.name = name
        self.parameters = parameters
        self.location = location
    }
}
