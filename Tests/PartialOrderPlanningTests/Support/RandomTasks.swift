import PlanningTask
import TestSupport

/// Random ground tasks with a valid plan, for property tests: operators with random
/// preconditions and effects (optionally negative preconditions and conditional effects),
/// a random walk from the initial state as the plan, and part of its final state as goal.
enum RandomTasks {
    struct Instance {
        var task: GroundTask
        var plan: SequentialPlan
    }

    static func make(
        seed: UInt64, facts factCount: Int = 12, operators operatorCount: Int = 30,
        length: Int = 12, negativePreconditions: Bool = false, conditionalEffects: Bool = false
    ) -> Instance {
        var random = SplitMix64(seed: seed)
        func someFacts(_ count: Int) -> [FactID] {
            (0..<count).map { _ in FactID(Int.random(in: 0..<factCount, using: &random)) }
        }
        var operators: [Operator] = []
        for index in 0..<operatorCount {
            var effects: [ConditionalEffect] = []
            if conditionalEffects, Bool.random(using: &random) {
                effects.append(
                    ConditionalEffect(
                        condition: someFacts(Int.random(in: 0...1, using: &random)),
                        negativeCondition: someFacts(Int.random(in: 0...1, using: &random)),
                        addEffects: someFacts(1), deleteEffects: someFacts(1)))
            }
            operators.append(
                Operator(
                    name: "op\(index)", arguments: [],
                    preconditions: someFacts(Int.random(in: 1...2, using: &random)),
                    negativePreconditions: negativePreconditions
                        ? someFacts(Int.random(in: 0...1, using: &random)) : [],
                    addEffects: someFacts(Int.random(in: 1...2, using: &random)),
                    deleteEffects: someFacts(Int.random(in: 0...2, using: &random)),
                    conditionalEffects: effects))
        }
        let facts = (0..<factCount).map { Fact(predicate: "p\($0)", arguments: []) }
        let initial = (0..<factCount).filter { _ in Bool.random(using: &random) }.map(FactID.init)
        let walker = SuccessorGenerator(
            task: GroundTask(
                name: "walk", facts: facts, operators: operators, initialFacts: initial,
                goal: []))
        var state = walker.task.initialState
        var plan: [OperatorID] = []
        for _ in 0..<length {
            guard let op = walker.applicableOperators(in: state).randomElement(using: &random)
            else { break }
            plan.append(op)
            state = walker.successor(of: state, applying: op)
        }
        let goal = state.trueFacts.filter { _ in Bool.random(using: &random) }
        let task = GroundTask(
            name: "random\(seed)", facts: facts, operators: operators, initialFacts: initial,
            goal: goal)
        return Instance(task: task, plan: SequentialPlan(operators: plan))
    }
}
