/// What ``ScenarioSolver`` tells ``ScenarioSolver/progress`` as it goes.
public struct ScenarioProgress: Sendable {
    /// "grounding", "planning", then "scheduling (PHASE)" with the scheduler's phase.
    public var phase: String
    /// The cost of the best plan so far, once planning found one.
    public var planCost: Int?
    /// The best makespan so far, in the scenario's time unit, once scheduling found one.
    public var makespan: Double?
    /// The best proven lower bound on the makespan, in the scenario's time unit.
    public var bound: Double?

    /// A report of `phase`, with the best plan cost, makespan and bound known so far.
    public init(phase: String, planCost: Int? = nil, makespan: Double? = nil, bound: Double? = nil)
    {
        self.phase = phase
        self.planCost = planCost
        self.makespan = makespan
        self.bound = bound
    }
}
