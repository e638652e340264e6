/// Why a plan is not valid: the first failing step (or the goal) and what was not satisfied.
public struct PlanFailure: Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Error, Sendable, Hashable {
        /// The step names no action of the domain.
        case unknownAction
        /// The step has the wrong number of arguments.
        case wrongArity(expected: Int)
        /// An argument names no object or constant.
        case unknownObject(String)
        /// An argument's type does not fit the parameter's.
        case typeMismatch(argument: Int, expected: String)
        /// The precondition (or a timed condition) does not hold; the text is the first
        /// unsatisfied conjunct, instantiated.
        case unsatisfiedCondition(String)
        /// The duration violates a duration constraint, shown instantiated.
        case durationViolated(String)
        /// A numeric value read by the step is undefined.
        case undefinedValue(String)
        /// A temporal step has no duration or a durative action is used in a sequential plan.
        case timing(String)
        /// A start or end interferes with another at the same time (PDDL 2.1 mutex); the
        /// text says how and with which step.
        case interference(String)
        /// The goal does not hold after the last step; the text is the first unsatisfied
        /// conjunct.
        case unsatisfiedGoal(String)
    }

    /// The index of the failing step (0-based), nil when the goal fails.
    public var stepIndex: Int?
    /// The failing step, nil when the goal fails.
    public var step: PlanStep?
    /// What went wrong.
    public var reason: Reason

    /// Creates a failure.
    public init(stepIndex: Int?, step: PlanStep?, reason: Reason) {
        self.stepIndex = stepIndex
        self.step = step
        self.reason = reason
    }

    /// One line, e.g. `step 3 (pick-up a): precondition not satisfied: (clear a)`.
    public var description: String {
        let subject: String
        if let stepIndex, let step {
            subject = "step \(stepIndex + 1) \(step.actionText)"
        } else {
            subject = "goal"
        }
        switch reason {
        case .unknownAction: return "\(subject): no action of this name in the domain"
        case .wrongArity(let expected):
            return "\(subject): the action takes \(expected) argument\(expected == 1 ? "" : "s")"
        case .unknownObject(let name): return "\(subject): no object or constant named '\(name)'"
        case .typeMismatch(let argument, let expected):
            return "\(subject): argument \(argument + 1) must be of type \(expected)"
        case .unsatisfiedCondition(let condition):
            return "\(subject): precondition not satisfied: \(condition)"
        case .durationViolated(let constraint):
            return "\(subject): duration constraint violated: \(constraint)"
        case .undefinedValue(let term): return "\(subject): undefined value \(term)"
        case .timing(let message): return "\(subject): \(message)"
        case .interference(let message): return "\(subject): \(message)"
        case .unsatisfiedGoal(let condition): return "goal not satisfied: \(condition)"
        }
    }
}
