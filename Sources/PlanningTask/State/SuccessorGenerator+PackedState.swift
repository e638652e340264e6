extension SuccessorGenerator {
    /// The operators applicable in `state`, in increasing id order of their index buckets.
    public func applicableOperators(in state: PackedState) -> [OperatorID] {
        var result: [OperatorID] = []
        state.words.withUnsafeBufferPointer { applicableOperators(in: $0, into: &result) }
        return result
    }

    /// Whether `op` is applicable in `state`.
    public func isApplicable(_ op: OperatorID, in state: PackedState) -> Bool {
        state.words.withUnsafeBufferPointer { isApplicable(op, in: $0) }
    }

    /// The state reached by applying `op` (which must be applicable) in `state`.
    public func successor(of state: PackedState, applying op: OperatorID) -> PackedState {
        var next = PackedState(words: state.words)
        state.words.withUnsafeBufferPointer { source in
            next.words.withUnsafeMutableBufferPointer { apply(op, to: source, into: $0) }
        }
        return next
    }

    /// Whether `state` satisfies the goal.
    public func isGoal(_ state: PackedState) -> Bool {
        state.words.withUnsafeBufferPointer { isGoal($0) }
    }

    /// Executes `plan` from the initial state and reports where it fails, if it does.
    ///
    /// - Complexity: O(plan length × (words + operator size)).
    public func check(_ plan: SequentialPlan) -> SequentialPlan.Check {
        var state = task.initialState
        for (step, op) in plan.operators.enumerated() {
            guard op.rawValue >= 0, op.index < task.operatorCount else {
                return .unknownOperator(step: step)
            }
            guard isApplicable(op, in: state) else { return .notApplicable(step: step) }
            state = successor(of: state, applying: op)
        }
        return isGoal(state) ? .valid : .goalNotReached
    }
}
