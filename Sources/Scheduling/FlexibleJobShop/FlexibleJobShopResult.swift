/// The outcome of ``FlexibleJobShopSolver/solve(options:)``.
public struct FlexibleJobShopResult: Sendable {
    /// `optimal` only when the makespan equals a proven lower bound.
    public var status: ScheduleStatus
    /// The best schedule found (checked by ``FlexibleJobShopValidator``).
    public var schedule: FlexibleJobShopSchedule?
    /// The makespan of ``schedule``.
    public var makespan: Int?
    /// A proven lower bound on the optimal makespan.
    public var bound: Int?
    /// Effort spent and which component found the schedule.
    public var statistics: ScheduleResult.Statistics
}
