/// A structural defect of a partial-order plan: it cannot be checked at all.
public enum PartialOrderPlanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Step `step` names no operator of the task.
    case unknownOperator(step: Int)
    /// An ordering or link names step `step`, which does not exist.
    case stepOutOfRange(step: Int)
    /// The orderings contain a cycle through these steps, so no linearisation exists.
    case cyclicOrderings(steps: [Int])
    /// The sequential plan to deorder does not execute (`check` says where it fails).
    case invalidSequentialPlan(SequentialPlanFailure)

    /// Where a sequential plan fails.
    public enum SequentialPlanFailure: Hashable, Sendable {
        /// Step `step` is not applicable.
        case notApplicable(step: Int)
        /// The plan ends in a state that is not a goal state.
        case goalNotReached
    }

    /// The message explaining what is wrong with the plan.
    public var description: String {
        switch self {
        case .unknownOperator(let step): "step \(step) names no operator of the task"
        case .stepOutOfRange(let step): "step \(step) does not exist"
        case .cyclicOrderings(let steps):
            "the orderings contain a cycle: "
                + steps.map(String.init).joined(separator: " ≺ ") + " ≺ \(steps.first ?? 0)"
        case .invalidSequentialPlan(.notApplicable(let step)):
            "the sequential plan is invalid: step \(step + 1) is not applicable"
        case .invalidSequentialPlan(.goalNotReached):
            "the sequential plan is invalid: it does not reach the goal"
        }
    }
}
