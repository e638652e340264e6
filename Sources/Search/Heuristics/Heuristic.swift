/// A state evaluator: estimates the cost from a packed state to the goal.
public protocol Heuristic: AnyObject {
    /// The estimate for `state`, or nil if the state is recognised as a dead end.
    func evaluate(_ state: UnsafeBufferPointer<UInt64>) -> Int?

    /// Whether the estimate never exceeds the optimal cost (so A* with it is optimal).
    var isAdmissible: Bool { get }
}

/// A heuristic that also proposes preferred (helpful) operators for the evaluated state.
public protocol PreferredOperatorHeuristic: Heuristic {
    /// Marks the preferred operators of the state last passed to `evaluate` by calling
    /// `mark` with each operator index (duplicates possible).
    func forEachPreferredOperator(_ mark: (Int32) -> Void)
}
