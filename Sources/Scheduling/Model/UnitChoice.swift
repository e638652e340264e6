/// Which units of a named pool may serve a mode's demand on it: the units with a skill, or
/// a list of alternatives. A mode without a choice for a pool takes any of its units.
public struct UnitChoice: Sendable, Hashable, Codable {
    /// The pool, an index into ``SchedulingProblem/resources``.
    public var resource: Int
    /// The eligible units, indices into the pool's ``Resource/units``, ascending.
    public var eligible: [Int]

    /// Units `eligible` of pool `resource` may serve the demand.
    public init(resource: Int, eligible: [Int]) {
        self.resource = resource
        self.eligible = eligible
    }
}
