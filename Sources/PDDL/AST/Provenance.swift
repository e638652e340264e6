public import SourceText

/// Wraps a node's source location so that it does not take part in the node's equality.
///
/// Two AST nodes that say the same thing are equal wherever they were written; the location
/// only tells where a diagnostic should point.
@propertyWrapper
public struct Provenance: Sendable, Hashable {
    /// The wrapped location.
    public var wrappedValue: SourceLocation

    /// Wraps `wrappedValue`.
    public init(wrappedValue: SourceLocation) {
        self.wrappedValue = wrappedValue
    }

    /// Always true: locations are not compared.
    public static func == (lhs: Provenance, rhs: Provenance) -> Bool { true }

    /// Hashes nothing, consistent with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {}
}
