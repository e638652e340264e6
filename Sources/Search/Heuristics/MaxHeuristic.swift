public import PlanningTask

/// The h^max heuristic (Bonet & Geffner 2001): the cost of the most expensive goal in the
/// delete relaxation, where an operator costs as much as its dearest precondition. Admissible.
///
/// - Complexity: O(size of the task · log facts) per evaluation.
public final class MaxHeuristic: Heuristic {
    private let exploration: RelaxedExploration

    /// h^max for `task` under `costs` (one per operator).
    public init(task: GroundTask, costs: [Int]) {
        exploration = RelaxedExploration(
            relaxed: RelaxedTask(task: task, costs: costs), combination: .maximum)
    }

    /// Always true: h^max never overestimates.
    public var isAdmissible: Bool { true }

    /// h^max of `state`, or nil if the goal is unreachable even relaxed.
    public func evaluate(_ state: UnsafeBufferPointer<UInt64>) -> Int? {
        let value = exploration.run(from: state, stopAtGoal: true)
        return value >= RelaxedExploration.infinity ? nil : value
    }
}
