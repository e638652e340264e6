/// What a solve established. Outcomes, not errors: only malformed input throws.
public enum SolveStatus: String, Sendable, Hashable, Codable {
    /// A solution was found and proven optimal (within the requested gap).
    case optimal
    /// A solution was found, but optimality is not proven (a limit stopped the search).
    case feasible
    /// Proven: no solution satisfies the constraints.
    case infeasible
    /// Proven: the objective can be improved without limit.
    case unbounded
    /// A limit (time, memory, a callback's stop) was reached before any solution was found,
    /// or the solver could not decide.
    case unknown
}
