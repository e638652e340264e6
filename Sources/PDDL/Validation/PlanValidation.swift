/// The verdict on a plan.
public enum PlanValidation: Sendable, Hashable {
    /// Every step applies and the goal holds; `cost` is the metric's value (total-cost, or
    /// the makespan for `total-time`), or the number of steps without a metric.
    case valid(cost: Double)
    /// The first failure.
    case invalid(PlanFailure)

    /// Whether the plan is valid.
    public var isValid: Bool {
        if case .valid = self { return true }
        return false
    }
}
