/// A totally ordered plan: the operators to apply one after another from the initial state.
public struct SequentialPlan: Hashable, Sendable {
    /// The steps in execution order.
    public var operators: [OperatorID]

    /// Creates a plan from its steps.
    public init(operators: [OperatorID]) { self.operators = operators }

    /// The outcome of executing a plan on its ground task (`SuccessorGenerator.check`).
    public enum Check: Hashable, Sendable {
        /// Every step applies and the final state satisfies the goal.
        case valid
        /// Step `step` names no operator of the task.
        case unknownOperator(step: Int)
        /// The preconditions of step `step` do not hold.
        case notApplicable(step: Int)
        /// The plan executes but does not reach the goal.
        case goalNotReached
    }

    /// The number of steps.
    public var count: Int { operators.count }

    /// The sum of the operators' costs in `task`.
    public func cost(in task: GroundTask) -> Int {
        operators.reduce(0) { $0 + task[$1].cost }
    }

    /// The plan in the IPC format: one `(action arg…)` line per step and a final
    /// `; cost = N (unit cost)` or `; cost = N (general cost)` comment.
    public func ipcText(in task: GroundTask) -> String {
        var text = ""
        for op in operators {
            text += task[op].description
            text += "\n"
        }
        let kind = task.hasActionCosts ? "general cost" : "unit cost"
        text += "; cost = \(cost(in: task)) (\(kind))\n"
        return text
    }
}
