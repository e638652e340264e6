/// The result of solving a ``LinearModel``.
public struct Solution: Sendable {
    /// How the solve ended (optimal, feasible, infeasible, …).
    public var status: SolveStatus
    /// Objective value of the returned solution, when there is one.
    public var objective: Double?
    /// Best proven bound on the optimal objective (a lower bound when minimising), when known.
    public var bound: Double?
    /// One value per variable, when there is a solution; empty otherwise.
    public var values: [Double]
    /// Dual value (shadow price) per constraint, for continuous models solved to optimality.
    public var duals: [Double]?
    /// Reduced cost per variable, for continuous models solved to optimality.
    public var reducedCosts: [Double]?
    /// Effort spent, for reporting.
    public var statistics: SolveStatistics

    /// A solution with the given fields; only `status` is required.
    public init(
        status: SolveStatus, objective: Double? = nil, bound: Double? = nil,
        values: [Double] = [], duals: [Double]? = nil, reducedCosts: [Double]? = nil,
        statistics: SolveStatistics = SolveStatistics()
    ) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.values = values
        self.duals = duals
        self.reducedCosts = reducedCosts
        self.statistics = statistics
    }

    /// The value of `variable` in the solution.
    public subscript(variable: VariableID) -> Double { values[variable.index] }

    /// Whether the solution holds values.
    public var hasValues: Bool { !values.isEmpty }

    /// Whether the search stopped because a limit was reached.
    public var limitReached: Bool { statistics.limitReached }
}

/// Effort spent by a solve.
public struct SolveStatistics: Sendable, Hashable {
    /// Wall-clock time spent, in seconds.
    public var seconds: Double = 0
    /// Simplex iterations performed.
    public var simplexIterations: Int = 0
    /// Branch-and-bound nodes explored (0 for a continuous model).
    public var branchAndBoundNodes: Int = 0
    /// Whether the search stopped because a limit was reached.
    public var limitReached: Bool = false

    /// No effort yet: every count zero.
    public init() {}
}
