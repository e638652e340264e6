/// What ``ScheduleSolver`` tells ``ScheduleSolverOptions/progress`` as each phase starts.
public struct ScheduleProgress: Sendable {
    /// The phase starting: "heuristics", "lower bounds", "exact search", "tabu search".
    public var phase: String
    /// The objective of the best schedule so far.
    public var objective: Int?
    /// The best proven lower bound so far.
    public var bound: Int?

    /// A report of `phase` with the best objective and bound so far.
    public init(phase: String, objective: Int?, bound: Int?) {
        self.phase = phase
        self.objective = objective
        self.bound = bound
    }
}
