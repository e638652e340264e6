public import SourceText

/// A predicate of `:predicates` with its typed parameters.
public struct PredicateDeclaration: Sendable, Hashable {
    /// The name, lowercased.
    public var name: String
    /// The parameters (names matter only for printing).
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
