import PlanningTask

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

    /// A one-ball gripper: facts 0 robot-at a, 1 robot-at b, 2 ball-at a, 3 ball-at b,
    /// 4 holding, 5 hand-free; goal ball-at b. Optimal plan: pick a, move a b, drop b.
    static func gripper() -> GroundTask {
        let names = [
            ("robot-at", ["a"]), ("robot-at", ["b"]), ("ball-at", ["a"]), ("ball-at", ["b"]),
            ("holding", []), ("hand-free", []),
        ]
        func f(_ index: Int) -> FactID { FactID(index) }
        let operators = [
            Operator(
                name: "move", arguments: ["a", "b"], preconditions: [f(0)], addEffects: [f(1)],
                deleteEffects: [f(0)]),
            Operator(
                name: "move", arguments: ["b", "a"], preconditions: [f(1)], addEffects: [f(0)],
                deleteEffects: [f(1)]),
            Operator(
                name: "pick", arguments: ["a"], preconditions: [f(0), f(2), f(5)],
                addEffects: [f(4)], deleteEffects: [f(2), f(5)]),
            Operator(
                name: "pick", arguments: ["b"], preconditions: [f(1), f(3), f(5)],
                addEffects: [f(4)], deleteEffects: [f(3), f(5)]),
            Operator(
                name: "drop", arguments: ["a"], preconditions: [f(0), f(4)],
                addEffects: [f(2), f(5)], deleteEffects: [f(4)]),
            Operator(
                name: "drop", arguments: ["b"], preconditions: [f(1), f(4)],
                addEffects: [f(3), f(5)], deleteEffects: [f(4)]),
        ]
        return GroundTask(
            name: "gripper-1", facts: names.map { Fact(predicate: $0.0, arguments: $0.1) },
            operators: operators, initialFacts: [f(0), f(2), f(5)], goal: [f(3)])
    }

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
