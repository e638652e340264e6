public import SourceText

/// A predicate applied to objects, such as an initial fact `(on a b)`.
public struct GroundAtom: Sendable, Hashable {
    /// The predicate: its index in ``Domain/predicates``.
    public var predicate: Int
    /// The arguments as object ids of the problem's universe (see ``Problem/universe(domain:)``):
    /// constants first, then objects.
    public var arguments: [Int]
    /// Where it is written, for facts of a problem file.
    @Provenance public var location: SourceLocation

    /// Creates a ground atom.
    public init(predicate: Int, arguments: [Int], location: SourceLocation = .unknown) {
        self.predicate = predicate
        self.arguments = arguments
        self.location = location
    }
}
