/// What ``ConstraintBranchAndBound`` established.
struct BranchAndBoundResult: Sendable {
    /// The best schedule found (or the incumbent it was given), if any.
    var schedule: Schedule?
    /// Its objective value.
    var value: Int?
    /// A proven lower bound on the optimal objective value.
    var bound: Int
    /// Whether the whole tree was explored: the best schedule is optimal, or, without one,
    /// the problem is infeasible.
    var isComplete: Bool
    var nodes: Int
}
