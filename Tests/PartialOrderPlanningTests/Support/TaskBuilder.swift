import PlanningTask

/// Builds small ground tasks by fact name, for hand-written test cases.
struct TaskBuilder {
    private(set) var facts: [Fact] = []
    private var ids: [String: FactID] = [:]
    private(set) var operators: [Operator] = []

    /// The id of the fact named `name` (created on first use).
    mutating func fact(_ name: String) -> FactID {
        if let id = ids[name] { return id }
        let id = FactID(facts.count)
        facts.append(Fact(predicate: name, arguments: []))
        ids[name] = id
        return id
    }

    /// Adds an operator; facts are given by name.
    @discardableResult
    mutating func action(
        _ name: String, pre: [String] = [], notPre: [String] = [], add: [String] = [],
        delete: [String] = [],
        when conditional: [(if: [String], ifNot: [String], add: [String], delete: [String])] = [],
        cost: Int = 1
    ) -> OperatorID {
        let effects = conditional.map { effect in
            ConditionalEffect(
                condition: effect.if.map { fact($0) },
                negativeCondition: effect.ifNot.map { fact($0) },
                addEffects: effect.add.map { fact($0) },
                deleteEffects: effect.delete.map { fact($0) })
        }
        let op = Operator(
            name: name, arguments: [], preconditions: pre.map { fact($0) },
            negativePreconditions: notPre.map { fact($0) }, addEffects: add.map { fact($0) },
            deleteEffects: delete.map { fact($0) }, conditionalEffects: effects, cost: cost)
        operators.append(op)
        return OperatorID(operators.count - 1)
    }

    /// The task with initial facts `initial` and goal `goal`.
    mutating func task(initial: [String], goal: [String], notGoal: [String] = []) -> GroundTask {
        let initialIDs = initial.map { fact($0) }
        let goalIDs = goal.map { fact($0) }
        let negativeGoal = notGoal.map { fact($0) }
        return GroundTask(
            name: "test", facts: facts, operators: operators, initialFacts: initialIDs,
            goal: goalIDs, negativeGoal: negativeGoal)
    }
}
