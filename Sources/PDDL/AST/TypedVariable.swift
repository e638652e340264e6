public import SourceText

/// A variable declaration `?name - type` (or `- (either t1 t2)`).
public struct TypedVariable: Sendable, Hashable {
    /// The name without `?`, lowercased.
    public var name: String
    /// The allowed types (ids in ``TypeHierarchy``); several for `either`.
    public var types: [Int]
    /// Where the variable is declared.
    @Provenance public var location: SourceLocation

    /// Creates a declaration.
    public init(name: String, types: [Int], location: SourceLocation = .unknown) {
        self.name = name
        self.types = types
        self.location = location
    }
}
