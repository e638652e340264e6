/// What `werk schedule` established about a problem.
public enum ScheduleStatus: String, Sendable, Hashable, Codable {
    /// A schedule whose objective equals a proven lower bound.
    case optimal
    /// A valid schedule, optimality not proven.
    case feasible
    /// Proven: no schedule satisfies the constraints.
    case infeasible
    /// A limit was reached before any schedule was found.
    case unknown
}
