/// The outcome of ``ScheduleSolver/solve(_:options:)``.
public struct ScheduleResult: Sendable {
    /// Optimal, feasible, infeasible or unknown.
    public var status: ScheduleStatus
    /// The best schedule found; always valid (checked by ``ScheduleValidator``).
    public var schedule: Schedule?
    /// Its objective value.
    public var objective: Int?
    /// A proven lower bound on the optimal objective value.
    public var bound: Int?
    /// Which named units each activity holds, for problems with named pools (checked by
    /// ``AllocationValidator`` where it is reported).
    public var allocation: UnitAllocation?
    /// Effort spent and which component found the schedule.
    public var statistics: Statistics

    /// Effort spent.
    public struct Statistics: Sendable, Hashable {
        /// Wall-clock seconds of the solve.
        public var seconds: Double = 0
        /// Schedules built by the heuristics.
        public var heuristicSchedules = 0
        /// Nodes of the exact search.
        public var searchNodes = 0
        /// Which component found the returned schedule: `heuristic`, `tabu-search`,
        /// `branch-and-bound`, `milp`.
        public var foundBy = ""
        /// No effort yet.
        public init() {}
    }

    /// A result with every field given.
    public init(
        status: ScheduleStatus, schedule: Schedule?, objective: Int?, bound: Int?,
        statistics: Statistics
    ) {
        self.status = status
        self.schedule = schedule
        self.objective = objective
        self.bound = bound
        self.statistics = statistics
    }

    /// The result for `schedule` with objective `value` and the lower bound the search proved
    /// (`searchComplete`: the search space was exhausted, so `value` is optimal): `optimal`
    /// exactly when the bound reaches `value`.
    init(
        schedule: Schedule, value: Int, provenBound: Int, searchComplete: Bool,
        statistics: Statistics
    ) {
        let bound = searchComplete ? value : min(provenBound, value)
        self.init(
            status: bound == value ? .optimal : .feasible, schedule: schedule, objective: value,
            bound: bound, statistics: statistics)
    }
}
