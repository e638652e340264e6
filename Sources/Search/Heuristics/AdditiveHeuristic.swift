public import PlanningTask

/// The h^add heuristic (Bonet & Geffner 2001): the sum of the goal costs in the delete
/// relaxation, an operator costing the sum of its precondition costs. Not admissible.
public final class AdditiveHeuristic: Heuristic {
    private let exploration: RelaxedExploration

    /// h^add for `task` under `costs` (one per operator).
    public init(task: GroundTask, costs: [Int]) {
        exploration = RelaxedExploration(
            relaxed: RelaxedTask(task: task, costs: costs), combination: .sum)
    }

    /// Always false: h^add may overestimate.
    public var isAdmissible: Bool { false }

    /// h^add of `state`, or nil if the goal is unreachable even relaxed.
    public func evaluate(_ state: UnsafeBufferPointer<UInt64>) -> Int? {
        let value = exploration.run(from: state, stopAtGoal: true)
        return value >= RelaxedExploration.infinity ? nil : value
    }
}
