public import PlanningTask

/// Which operator costs a search and its heuristics use (as Fast Downward's `cost_type`).
public enum CostModel: Sendable, Equatable {
    /// Every operator costs 1: plan length (LAMA's first iteration).
    case unit
    /// The task's costs.
    case actual
    /// The task's costs plus 1, so that zero-cost operators still count (LAMA's later
    /// iterations).
    case actualPlusOne

    /// The cost of every operator of `task` under this model.
    public func costs(of task: GroundTask) -> [Int] {
        switch self {
        case .unit: return Array(repeating: 1, count: task.operatorCount)
        case .actual: return task.operators.map(\.cost)
        case .actualPlusOne: return task.operators.map { $0.cost + 1 }
        }
    }
}
