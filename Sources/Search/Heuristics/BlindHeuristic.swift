public import PlanningTask

/// The blind heuristic: 0 in goal states, the cheapest operator cost elsewhere. Admissible.
public final class BlindHeuristic: Heuristic {
    private let generator: SuccessorGenerator
    private let cheapest: Int

    /// The blind heuristic of `task` under `costs` (one per operator).
    public init(task: GroundTask, costs: [Int]) {
        generator = SuccessorGenerator(task: task)
        cheapest = costs.min() ?? 0
    }

    /// Always true.
    public var isAdmissible: Bool { true }

    /// 0 if `state` is a goal state, else the cheapest operator cost; never nil.
    public func evaluate(_ state: UnsafeBufferPointer<UInt64>) -> Int? {
        generator.isGoal(state) ? 0 : cheapest
    }
}
