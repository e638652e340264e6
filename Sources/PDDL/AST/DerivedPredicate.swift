public import SourceText

/// A derived-predicate rule `(:derived (p ?x) body)` (PDDL 2.2).
public struct DerivedPredicate: Sendable, Hashable {
    /// The derived predicate: its index in ``Domain/predicates``.
    public var predicate: Int
    /// The head's variables; their scope indices are 0, 1, ….
    public var parameters: [TypedVariable]
    /// When the head holds.
    public var body: Formula
    /// Where the rule is declared.
    @Provenance public var location: SourceLocation

    /// Creates a rule.
    public init(
        predicate: Int, parameters: [TypedVariable], body: Formula,
        location: SourceLocation = .unknown
    ) {
        self.predicate = predicate
        self.parameters = parameters
        self.body = body
        self.location = location
    }
}
