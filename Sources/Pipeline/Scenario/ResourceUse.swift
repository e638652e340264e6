/// What one action holds of one resource while it runs: a number of units and, for a pool
/// of named units, which of them may serve (by skill or as a list of alternatives).
public struct ResourceUse: Sendable, Hashable {
    /// The resource, an index into ``Scenario/resources``.
    public var resource: Int
    /// How many units of the resource the action holds.
    public var units: Int
    /// The units of the pool that may serve, ascending; `nil` for any unit.
    public var eligible: [Int]?

    /// A use of `units` units of resource `resource`; `eligible` nil for any unit.
    public init(resource: Int, units: Int, eligible: [Int]? = nil) {
        self.resource = resource
        self.units = units
        self.eligible = eligible
    }
}
