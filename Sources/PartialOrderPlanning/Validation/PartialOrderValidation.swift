public import PlanningTask

/// The verdict on a partial-order plan.
public enum PartialOrderValidation: Hashable, Sendable {
    /// Every linearisation is a valid plan (proven, not sampled).
    case valid
    /// Some linearisation is invalid: `counterexample` lists the step indices of one, and
    /// `failure` says where executing it fails.
    case invalid(flaw: Flaw, counterexample: [Int], failure: SequentialPlan.Check)
    /// Every linearisation is valid, but a causal link of the plan is wrong (its producer
    /// does not establish the fact, its consumer does not need it, or the producer does not
    /// precede the consumer).
    case invalidLink(index: Int, reason: String)
    /// No proof was found, yet the linearisation built as counter-example executes: only
    /// possible when conditional effects behave differently in different linearisations.
    case unproven(flaw: Flaw)

    /// A condition that does not hold in every linearisation.
    public struct Flaw: Hashable, Sendable {
        /// The step or the goal whose condition may fail.
        public var consumer: PlanNode
        /// The fact of the condition.
        public var fact: FactID
        /// Whether the condition is that the fact is false.
        public var isNegative: Bool
        /// The step that may undo the condition unrepaired, or `nil` when nothing necessarily
        /// establishes it.
        public var threat: Int?
    }

    /// Whether the plan was proven valid.
    public var isValid: Bool { self == .valid }
}
