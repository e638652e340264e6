public import SourceText

/// A declared constant (domain) or object (problem) with its types.
public struct ObjectDeclaration: Sendable, Hashable {
    /// The name, lowercased.
    public var name: String
    /// Its types (ids in ``TypeHierarchy``); it belongs to each (several for `either` or a
    /// repeated declaration).
    public var types: [Int]
    /// Where it is declared.
    @Provenance public var location: SourceLocation

    /// Creates a declaration.
    public init(name: String, types: [Int], location: SourceLocation = .unknown) {
        self.name = name
        self.types = types
        self.location = location
    }
}
