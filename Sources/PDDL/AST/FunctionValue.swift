public import SourceText

/// An initial numeric value `(= (f o1 o2) 5)` of a problem.
public struct FunctionValue: Sendable, Hashable {
    /// The function: its index in ``Domain/functions``.
    public var function: Int
    /// The arguments as object ids of the universe (constants first, then objects).
    public var arguments: [Int]
    /// The value.
    public var value: Double
    /// Where it is written.
    @Provenance public var location: SourceLocation

    /// Creates an initial value.
    public init(function: Int, arguments: [Int], value: Double, location: SourceLocation = .unknown)
    {
        self.function = function
        self.arguments = arguments
        self.value = value
        self.location = location
    }
}
