public import SourceText

/// A predicate applied to terms, such as `(on ?x b)`.
public struct Atom: Sendable, Hashable {
    /// The predicate: its index in ``Domain/predicates``.
    public var predicate: Int
    /// The arguments, as many as the predicate has parameters.
    public var arguments: [Term]
    /// Where the atom starts.
    @Provenance public var location: SourceLocation

    /// Creates an atom.
    public init(predicate: Int, arguments: [Term], location: SourceLocation = .unknown) {
        self.predicate = predicate
        self.arguments = arguments
        self.location = location
    }
}
