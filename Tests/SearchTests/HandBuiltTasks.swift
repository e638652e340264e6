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

    /// Blocks world with a hand: `blocks` blocks start on the table; the goal is the tower
    /// b0 on b1 on … on b(n−1). Facts: on(x, y), ontable(x), clear(x), holding(x), handempty.
    static func blocksTower(blocks: Int) -> GroundTask {
        let names = (0..<blocks).map { "b\($0)" }
        var facts: [Fact] = []
        var index: [Fact: FactID] = [:]
        func fact(_ predicate: String, _ arguments: String...) -> FactID {
            let key = Fact(predicate: predicate, arguments: arguments)
            if let id = index[key] { return id }
            let id = FactID(facts.count)
            facts.append(key)
            index[key] = id
            return id
        }
        let handEmpty = fact("handempty")
        var operators: [Operator] = []
        func op(_ name: String, _ arguments: [String], pre: [FactID], add: [FactID], del: [FactID])
        {
            operators.append(
                Operator(
                    name: name, arguments: arguments, preconditions: pre, addEffects: add,
                    deleteEffects: del))
        }
        for x in names {
            let (clear, table, holding) = (fact("clear", x), fact("ontable", x), fact("holding", x))
            op(
                "pick-up", [x], pre: [clear, table, handEmpty], add: [holding],
                del: [clear, table, handEmpty])
            op("put-down", [x], pre: [holding], add: [clear, table, handEmpty], del: [holding])
            for y in names where y != x {
                let (on, clearY) = (fact("on", x, y), fact("clear", y))
                op(
                    "stack", [x, y], pre: [holding, clearY], add: [on, clear, handEmpty],
                    del: [holding, clearY])
                op(
                    "unstack", [x, y], pre: [on, clear, handEmpty], add: [holding, clearY],
                    del: [on, clear, handEmpty])
            }
        }
        let initial = [handEmpty] + names.flatMap { [fact("clear", $0), fact("ontable", $0)] }
        let goal = zip(names, names.dropFirst()).map { fact("on", $0, $1) }
        return GroundTask(
            name: "blocks-tower", facts: facts, operators: operators, initialFacts: initial,
            goal: goal)
    }
}

extension GroundTask {
    /// The initial state's words, for heuristics that read raw buffers.
    func evaluateInitial<T>(_ body: (UnsafeBufferPointer<UInt64>) -> T) -> T {
        initialState.words.withUnsafeBufferPointer(body)
    }
}
