/// What `werk plan --json` prints: the outcome of the search and the plan found.
struct PlanReport: Encodable {
    /// One step of the plan.
    struct Step: Encodable {
        /// The ground action, `(name arg…)`.
        var action: String
        /// The start time (temporal plans).
        var start: Double?
        /// The duration (durative actions).
        var duration: Double?
    }

    /// `solved`, `unsolvable`, `no_plan_found`, `time_limit`, `memory_limit` or `interrupted`.
    var status: String
    /// The plan's cost (plans of domains without durative actions).
    var cost: Int?
    /// When the last step ends (temporal plans).
    var makespan: Double?
    /// The steps in order; empty without a plan.
    var steps: [Step] = []
}
