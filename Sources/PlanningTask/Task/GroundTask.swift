/// A ground (propositional) planning task: facts, operators, initial state and goal.
///
/// Everything is indexed densely: `facts[f.index]` names fact `f`, `operators[o.index]`
/// describes operator `o`. States are sets of facts, packed as bitsets (`PackedState`).
/// A plan is a sequence of operators leading from `initialState` to a state in which all
/// of `goal` is true and all of `negativeGoal` is false.
public struct GroundTask: Sendable {
    /// The name of the task (the PDDL problem's name), for messages.
    public let name: String
    /// Every fact the task can reach, indexed by `FactID`.
    public let facts: [Fact]
    /// Every operator, indexed by `OperatorID`.
    public let operators: [Operator]
    /// The facts true initially (sorted); all others are false.
    public let initialFacts: [FactID]
    /// Facts that must be true in a goal state (sorted).
    public let goal: [FactID]
    /// Facts that must be false in a goal state (sorted).
    public let negativeGoal: [FactID]
    /// Whether the costs come from the task (`:action-costs`) rather than all being 1.
    public let hasActionCosts: Bool

    /// Creates a task. Fact ids in operators, initial state and goal must be below
    /// `facts.count`; `validateIndices()` checks that.
    public init(
        name: String, facts: [Fact], operators: [Operator], initialFacts: [FactID],
        goal: [FactID], negativeGoal: [FactID] = [], hasActionCosts: Bool = false
    ) {
        self.name = name
        self.facts = facts
        self.operators = operators
        self.initialFacts = Array(Set(initialFacts)).sorted()
        self.goal = Array(Set(goal)).sorted()
        self.negativeGoal = Array(Set(negativeGoal)).sorted()
        self.hasActionCosts = hasActionCosts
    }

    /// The number of facts.
    @inlinable public var factCount: Int { facts.count }
    /// The number of operators.
    @inlinable public var operatorCount: Int { operators.count }

    /// The operator with id `id`.
    @inlinable public subscript(id: OperatorID) -> Operator { operators[id.index] }
    /// The fact with id `id`.
    @inlinable public subscript(id: FactID) -> Fact { facts[id.index] }

    /// The initial state as a packed bitset.
    public var initialState: PackedState {
        var state = PackedState(factCount: factCount)
        for fact in initialFacts { state.insert(fact) }
        return state
    }

    /// Whether every operator cost is the same (then cost = plan length × that cost).
    public var hasUnitCosts: Bool { operators.allSatisfy { $0.cost == 1 } }

    /// Whether some operator has a conditional effect.
    public var hasConditionalEffects: Bool { operators.contains { $0.hasConditionalEffects } }

    /// Whether some operator, conditional effect or the goal uses a negative condition.
    public var hasNegativeConditions: Bool {
        !negativeGoal.isEmpty
            || operators.contains { op in
                !op.negativePreconditions.isEmpty
                    || op.conditionalEffects.contains { !$0.negativeCondition.isEmpty }
            }
    }
}
