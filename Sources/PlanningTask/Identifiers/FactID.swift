/// The dense index of a ground fact (atom) in `GroundTask.facts`.
///
/// Facts are numbered 0..<factCount, so per-fact data lives in contiguous arrays indexed by
/// `index`. Bit `index` of a `PackedState` is set iff the fact is true in that state.
public struct FactID: RawRepresentable, Hashable, Comparable, Sendable,
    CustomStringConvertible
{
    /// The fact's position in `GroundTask.facts`.
    public let rawValue: Int32

    /// Wraps a raw index; the caller guarantees it is within the task's fact range.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Wraps an `Int` index; the caller guarantees it is within the task's fact range.
    @inlinable public init(_ index: Int) { self.rawValue = Int32(truncatingIfNeeded: index) }

    /// The index as an `Int`, for subscripting arrays.
    @inlinable public var index: Int { Int(rawValue) }

    /// Orders by index.
    public static func < (lhs: FactID, rhs: FactID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `f` followed by the index, e.g. `f7`.
    public var description: String { "f\(rawValue)" }
}
