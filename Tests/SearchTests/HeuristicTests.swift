import PlanningTask
import Search
import Testing

@Suite("Heuristics on hand-built tasks")
struct HeuristicTests {
    let diamond = HandBuiltTasks.diamond()
    var costs: [Int] { CostModel.actual.costs(of: diamond) }

    @Test("h^max of the diamond is max(3, 4) + 1 = 5")
    func maxHeuristic() {
        let h = MaxHeuristic(task: diamond, costs: costs)
        #expect(diamond.evaluateInitial { h.evaluate($0) } == 5)
        #expect(h.isAdmissible)
    }

    @Test("h^add of the diamond is 3 + 4 + 1 = 8")
    func additiveHeuristic() {
        let h = AdditiveHeuristic(task: diamond, costs: costs)
        #expect(diamond.evaluateInitial { h.evaluate($0) } == 8)
    }

    @Test("hFF: the relaxed plan o0 o1 o2 costs 8; with unit costs, o3 o4 (2) with o3 preferred")
    func ffHeuristic() {
        let h = FFHeuristic(task: diamond, costs: costs)
        #expect(diamond.evaluateInitial { h.evaluate($0) } == 8)
        var preferred: Set<Int32> = []
        h.forEachPreferredOperator { preferred.insert($0) }
        #expect(preferred == [0, 1])

        let unit = FFHeuristic(task: diamond, costs: CostModel.unit.costs(of: diamond))
        #expect(diamond.evaluateInitial { unit.evaluate($0) } == 2)
        preferred = []
        unit.forEachPreferredOperator { preferred.insert($0) }
        #expect(preferred == [3])
    }

    @Test("LM-cut finds the cuts {o2, o4}: 1, {o1, o4}: 4, {o0, o4}: 3, total 8 = h*")
    func lmCut() {
        let h = LMCutHeuristic(task: diamond, costs: costs)
        #expect(diamond.evaluateInitial { h.evaluate($0) } == 8)
    }

    @Test("gripper: h^max 2, hFF 3, LM-cut 3 (= h*), all 0 in a goal state")
    func gripperValues() {
        let task = HandBuiltTasks.gripper()
        let unit = CostModel.unit.costs(of: task)
        let hmax = MaxHeuristic(task: task, costs: unit)
        let ff = FFHeuristic(task: task, costs: unit)
        let lmcut = LMCutHeuristic(task: task, costs: unit)
        #expect(task.evaluateInitial { hmax.evaluate($0) } == 2)
        #expect(task.evaluateInitial { ff.evaluate($0) } == 3)
        #expect(task.evaluateInitial { lmcut.evaluate($0) } == 3)
        var goalState = PackedState(factCount: task.factCount)
        for fact in [1, 3, 5] { goalState.insert(FactID(fact)) }
        for h in [hmax, ff, lmcut] as [any Heuristic] {
            #expect(goalState.words.withUnsafeBufferPointer { h.evaluate($0) } == 0)
        }
    }

    @Test("relaxed-unreachable goals are dead ends for every relaxation heuristic")
    func deadEnds() {
        let task = HandBuiltTasks.unsolvableGripper()
        let unit = CostModel.unit.costs(of: task)
        let heuristics: [any Heuristic] = [
            MaxHeuristic(task: task, costs: unit), AdditiveHeuristic(task: task, costs: unit),
            FFHeuristic(task: task, costs: unit), LMCutHeuristic(task: task, costs: unit),
        ]
        for h in heuristics { #expect(task.evaluateInitial { h.evaluate($0) } == nil) }
    }

    @Test("Zhu–Givan landmarks of the diamond are a and g (b, c, d each have an alternative)")
    func landmarks() {
        let graph = LandmarkGraph(task: diamond, costs: CostModel.unit.costs(of: diamond))
        #expect(Set(graph.factLandmarks) == [FactID(0), FactID(4)])
        let gripperGraph = LandmarkGraph(
            task: HandBuiltTasks.gripper(),
            costs: CostModel.unit.costs(of: HandBuiltTasks.gripper()))
        // Every relaxed plan needs robot-at b and holding before ball-at b.
        #expect(Set(gripperGraph.factLandmarks).isSuperset(of: [FactID(1), FactID(3), FactID(4)]))
        if let goal = gripperGraph.factLandmarks.firstIndex(of: FactID(3)) {
            let parents = Set(
                gripperGraph.parents(of: goal).flatMap { gripperGraph.facts(of: Int($0)) })
            #expect(parents.isSuperset(of: [FactID(1), FactID(4)]))
        }
    }

    @Test(
        "a package either of two trucks can carry has the disjunctive landmark in-t1 ∨ in-t2")
    func disjunctiveLandmark() {
        let facts = [
            Fact(predicate: "at", arguments: ["p", "a"]),
            Fact(predicate: "in", arguments: ["p", "t1"]),
            Fact(predicate: "in", arguments: ["p", "t2"]),
            Fact(predicate: "at", arguments: ["p", "b"]),
        ]
        func op(_ name: String, _ pre: Int, _ add: Int) -> Operator {
            Operator(
                name: name, arguments: [], preconditions: [FactID(pre)], addEffects: [FactID(add)],
                deleteEffects: [FactID(pre)])
        }
        let task = GroundTask(
            name: "trucks", facts: facts,
            operators: [
                op("load-t1", 0, 1), op("load-t2", 0, 2), op("unload-t1", 1, 3),
                op("unload-t2", 2, 3),
            ],
            initialFacts: [FactID(0)], goal: [FactID(3)])
        let unit = CostModel.unit.costs(of: task)
        let graph = LandmarkGraph(task: task, costs: unit)
        let disjunctive = (0..<graph.count).filter { graph.facts(of: $0).count > 1 }
        #expect(disjunctive.count == 1)
        if let landmark = disjunctive.first {
            #expect(Array(graph.facts(of: landmark)) == [FactID(1), FactID(2)])
            let goal = (0..<graph.count).first { graph.isGoal[$0] }
            #expect(goal.map { graph.parents(of: $0).contains(Int32(landmark)) } == true)
        }
        // Unreached: the disjunction and the goal (the initial fact is reached).
        let h = LandmarkCountHeuristic(graph: graph)
        var reached = [UInt64](repeating: 0, count: h.wordCount)
        let value = task.evaluateInitial { state in
            reached.withUnsafeMutableBufferPointer { h.initialize(state: state, reached: $0) }
            return reached.withUnsafeBufferPointer { h.evaluate(state: state, reached: $0) }
        }
        #expect(value == 2)
    }

    @Test("landmark count: 2 unreached landmarks (robot-at b, holding) + the goal = 3 initially")
    func landmarkCount() {
        let task = HandBuiltTasks.gripper()
        let h = LandmarkCountHeuristic(task: task, costs: CostModel.unit.costs(of: task))
        var reached = [UInt64](repeating: 0, count: h.wordCount)
        let value = task.evaluateInitial { state in
            reached.withUnsafeMutableBufferPointer { h.initialize(state: state, reached: $0) }
            return reached.withUnsafeBufferPointer { h.evaluate(state: state, reached: $0) }
        }
        #expect(value == 3)
    }
}
