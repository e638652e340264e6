/// Removes the steps of a plan that contribute nothing to its goal.
///
/// Action elimination (Fink & Yang 1992; Nakhost & Müller 2010): try leaving out one step;
/// replay the steps after it, leaving out as well every one that is no longer applicable; if the
/// goal still holds at the end, the plan keeps the removals. Steps are tried from first to
/// last, and passes repeat until one removes nothing. The result is a subsequence of the plan,
/// valid whenever the plan is, and no costlier (costs are never negative). Satisficing
/// searches often return such detours: a truck driven somewhere and back, a tool picked up
/// twice.
///
/// - Complexity: O(n²·s) per pass for a plan of n steps and operators of size s; each pass
///   but the last removes a step, so there are at most n + 1 passes (in practice one or two).
public enum ActionElimination {
    /// `plan` without the steps it does not need, replayed with `generator` (whose task
    /// `plan` solves).
    public static func eliminating(from plan: SequentialPlan, with generator: SuccessorGenerator)
        -> SequentialPlan
    {
        var steps = plan.operators
        var removedAny = true
        while removedAny {
            removedAny = false
            var candidate = 0
            // The state before `steps[candidate]`: the prefix is never changed by a removal.
            var state = generator.task.initialState
            while candidate < steps.count {
                if let rest = replay(steps[(candidate + 1)...], from: state, with: generator) {
                    steps = Array(steps[..<candidate]) + rest
                    removedAny = true
                } else {
                    state = generator.successor(of: state, applying: steps[candidate])
                    candidate += 1
                }
            }
        }
        return SequentialPlan(operators: steps)
    }

    /// The steps of `rest` that are applicable in turn from `state`, the others dropped, if
    /// they reach the goal.
    private static func replay(
        _ rest: ArraySlice<OperatorID>, from state: PackedState, with generator: SuccessorGenerator
    ) -> [OperatorID]? {
        var state = state
        var kept: [OperatorID] = []
        kept.reserveCapacity(rest.count)
        for op in rest where generator.isApplicable(op, in: state) {
            state = generator.successor(of: state, applying: op)
            kept.append(op)
        }
        return generator.isGoal(state) ? kept : nil
    }
}
