/// Which named units each activity holds: for every activity, the units of each named pool
/// that its mode demands. Checked by ``AllocationValidator``.
public struct UnitAllocation: Sendable, Hashable {
    /// The units of one pool held by one activity.
    public struct Assignment: Sendable, Hashable {
        /// The pool, an index into ``SchedulingProblem/resources``.
        public var resource: Int
        /// Indices into the pool's ``Resource/units``, ascending.
        public var units: [Int]

        /// The units `units` of pool `resource`.
        public init(resource: Int, units: [Int]) {
            self.resource = resource
            self.units = units
        }
    }

    /// `assignments[activity]`: one entry per named pool the activity uses, by pool index.
    public var assignments: [[Assignment]]

    /// An allocation of `assignments[activity]` per activity.
    public init(assignments: [[Assignment]]) {
        self.assignments = assignments
    }

    /// The unit names `activity` holds, keyed by pool name.
    public func names(of activity: Int, in problem: SchedulingProblem) -> [String: [String]] {
        var names: [String: [String]] = [:]
        for assignment in assignments[activity] {
            let pool = problem.resources[assignment.resource]
            names[pool.name] = assignment.units.map { pool.units[$0].name }
        }
        return names
    }
}
