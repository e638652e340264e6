/// The outcome of ``FlexibleJobShopSolver/solve(options:)``.
public struct FlexibleJobShopResult: Sendable {
    /// `optimal` only when the makespan equals a proven lower bound.
    public var status: ScheduleStatus
    /// The best schedule found (checked by ``FlexibleJobShopValidator``).
    public var schedule: FlexibleJobShopSchedule?
    public var makespan: Int?
    /// A proven lower bound on the optimal makespan.
    public var bound: Int?
    public var statistics: ScheduleResult.Statistics
}
