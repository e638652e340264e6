/// The dense index of a ground operator (action) in `GroundTask.operators`.
public struct OperatorID: RawRepresentable, Hashable, Comparable, Sendable,
    CustomStringConvertible
{
    /// The operator's position in `GroundTask.operators`.
    public let rawValue: Int32

    /// Wraps a raw index; the caller guarantees it is within the task's operator range.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Wraps an `Int` index; the caller guarantees it is within the task's operator range.
    @inlinable public init(_ index: Int) { self.rawValue = Int32(truncatingIfNeeded: index) }

    /// The index as an `Int`, for subscripting arrays.
    @inlinable public var index: Int { Int(rawValue) }

    /// Orders by index.
    public static func < (lhs: OperatorID, rhs: OperatorID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// `o` followed by the index, e.g. `o12`.
    public var description: String { "o\(rawValue)" }
}
