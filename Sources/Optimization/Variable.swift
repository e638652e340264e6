/// A dense handle to a variable of a ``LinearModel``: its 0-based column index.
public struct VariableID: Hashable, Comparable, Sendable {
    /// 0-based column index in the model that created it.
    public let index: Int

    /// Wraps a 0-based column index.
    public init(_ index: Int) { self.index = index }

    /// Orders by column index.
    public static func < (lhs: VariableID, rhs: VariableID) -> Bool { lhs.index < rhs.index }
}

/// The domain of a variable.
public enum VariableKind: Sendable, Hashable {
    /// A real-valued variable.
    case continuous
    /// An integer-valued variable.
    case integer
    /// An integer variable restricted to {0, 1}.
    case binary
}

/// A column of a ``LinearModel``: its name, kind and bounds (`nil` means unbounded).
public struct Variable: Sendable, Hashable {
    /// The column's name.
    public var name: String
    /// Continuous, integer or binary.
    public var kind: VariableKind
    /// The least value, or nil for no lower bound.
    public var lowerBound: Double?
    /// The greatest value, or nil for no upper bound.
    public var upperBound: Double?

    /// A column with the given name, kind and bounds (nil for unbounded).
    public init(name: String, kind: VariableKind, lowerBound: Double?, upperBound: Double?) {
        self.name = name
        self.kind = kind
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }
}
