import PlanningTask
import TestSupport

/// Small tasks whose heuristic values are worked out by hand in the tests' comments.
enum HandBuiltTasks {
    /// Facts a (initial), b, c, d, g (goal). Operators:
    /// o0 a→b cost 3, o1 a→c cost 4, o2 b∧c→g cost 1, o3 a→d cost 2, o4 d→g cost 10.
    /// Optimal cost 8 (o0 o1 o2); the shortest plan (o3 o4) costs 12.
    static func diamond() -> GroundTask {
        let facts = ["a", "b", "c", "d", "g"].map { Fact(predicate: $0, arguments: []) }
        func op(_ name: String, _ pre: [Int], _ add: Int, _ cost: Int) -> Operator {
            Operator(
                name: name, arguments: [], preconditions: pre.map(FactID.init),
                addEffects: [FactID(add)], deleteEffects: [], cost: cost)
        }
        return GroundTask(
            name: "diamond", facts: facts,
            operators: [
                op("o0", [0], 1, 3), op("o1", [0], 2, 4), op("o2", [1, 2], 4, 1),
                op("o3", [0], 3, 2), op("o4", [3], 4, 10),
            ],
            initialFacts: [FactID(0)], goal: [FactID(4)], hasActionCosts: true)
    }

    /// The one-ball gripper of `TestSupport`; optimal plan: pick a, move a b, drop b.
    static func gripper() -> GroundTask { oneBallGripperTask() }

    /// The gripper task with the goal also needing an unreachable fact: unsolvable.
    static func unsolvableGripper() -> GroundTask {
        let base = gripper()
        return GroundTask(
            name: "gripper-unsolvable",
            facts: base.facts + [Fact(predicate: "never", arguments: [])],
            operators: base.operators, initialFacts: base.initialFacts,
            goal: base.goal + [FactID(base.factCount)])
    }

    /// A k-step chain with a trap: from s0, `advance-i` moves along s0…sk (the goal); `fall`
    /// moves from s0 to a dead end x that the goal cannot be reached from.
    static func chainWithTrap(length: Int) -> GroundTask {
        var facts = (0...length).map { Fact(predicate: "s\($0)", arguments: []) }
        facts.append(Fact(predicate: "x", arguments: []))
        var operators = (0..<length).map { step in
            Operator(
                name: "advance", arguments: ["\(step)"], preconditions: [FactID(step)],
                addEffects: [FactID(step + 1)], deleteEffects: [FactID(step)])
        }
        operators.append(
            Operator(
                name: "fall", arguments: [], preconditions: [FactID(0)],
                addEffects: [FactID(length + 1)], deleteEffects: [FactID(0)]))
        return GroundTask(
            name: "chain", facts: facts, operators: operators, initialFacts: [FactID(0)],
            goal: [FactID(length)])
    }
}

extension GroundTask {
    /// The initial state's words, for heuristics that read raw buffers.
    func evaluateInitial<T>(_ body: (UnsafeBufferPointer<UInt64>) -> T) -> T {
        initialState.words.withUnsafeBufferPointer(body)
    }
}
