public import PlanningTask

/// Optimal planning: A* with an admissible heuristic on the task's real costs.
public struct OptimalPlanner {
    /// The admissible heuristics A* can use.
    public enum HeuristicKind: String, Sendable, CaseIterable {
        /// 0 in goal states, the cheapest cost elsewhere.
        case blind
        /// h^max.
        case hmax
        /// LM-cut (replaced by h^max on tasks with conditional effects, where this
        /// implementation of LM-cut would not be admissible).
        case lmcut
    }

    private let task: GroundTask
    private let generator: SuccessorGenerator
    private let heuristicKind: HeuristicKind
    private let limits: SearchLimits

    /// A planner for `task` with the given heuristic.
    public init(
        task: GroundTask, generator: SuccessorGenerator, heuristic: HeuristicKind,
        limits: SearchLimits
    ) {
        self.task = task
        self.generator = generator
        self.heuristicKind = heuristic
        self.limits = limits
    }

    /// The heuristic actually used (LM-cut falls back to h^max with conditional effects).
    public var effectiveHeuristic: HeuristicKind {
        heuristicKind == .lmcut && task.hasConditionalEffects ? .hmax : heuristicKind
    }

    /// Runs A*; a returned plan is optimal.
    public func run() -> (SearchOutcome, SearchStatistics) {
        let costs = CostModel.actual.costs(of: task)
        let heuristic: any Heuristic
        switch effectiveHeuristic {
        case .blind: heuristic = BlindHeuristic(task: task, costs: costs)
        case .hmax: heuristic = MaxHeuristic(task: task, costs: costs)
        case .lmcut: heuristic = LMCutHeuristic(task: task, costs: costs)
        }
        let search = AStarSearch(
            generator: generator, heuristic: heuristic, costs: costs, limits: limits)
        let outcome = search.run()
        return (outcome, search.statistics)
    }
}
