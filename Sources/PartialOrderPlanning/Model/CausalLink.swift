public import PlanningTask

/// A causal link `producer --fact--> consumer`: the producer makes a condition of the
/// consumer true (or, for a negative condition, false) and nothing may undo it in between.
public struct CausalLink: Hashable, Sendable {
    /// The initial state or the step that establishes the condition.
    public var producer: PlanNode
    /// The step or the goal that needs the condition.
    public var consumer: PlanNode
    /// The fact the condition is about.
    public var fact: FactID
    /// Whether the condition is that `fact` is false (a negative precondition).
    public var isNegative: Bool

    /// Creates the link `producer --fact--> consumer` (`isNegative`: the fact must be false).
    public init(producer: PlanNode, consumer: PlanNode, fact: FactID, isNegative: Bool = false) {
        self.producer = producer
        self.consumer = consumer
        self.fact = fact
        self.isNegative = isNegative
    }
}
