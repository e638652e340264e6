import PlanningTask
import Search
import Testing

@Suite("Mutexes and reasonable landmark orderings")
struct LandmarkOrderingTests {
    let tower = HandBuiltTasks.blocksTower(blocks: 3)

    func fact(_ predicate: String, _ arguments: String...) throws -> FactID {
        let wanted = Fact(predicate: predicate, arguments: arguments)
        return FactID(try #require(tower.facts.firstIndex(of: wanted)))
    }

    /// Every state reachable from the initial state, by breadth-first search.
    func reachableStates(of task: GroundTask) -> Set<PackedState> {
        let generator = SuccessorGenerator(task: task)
        var seen: Set<PackedState> = [task.initialState]
        var frontier = [task.initialState]
        while let state = frontier.popLast() {
            for op in generator.applicableOperators(in: state) {
                let next = generator.successor(of: state, applying: op)
                if seen.insert(next).inserted { frontier.append(next) }
            }
        }
        return seen
    }

    @Test("h² mutexes are sound: no reachable blocks state holds a mutex pair")
    func mutexesAreSound() throws {
        let mutexes = try #require(MutexTable(task: tower))
        let states = reachableStates(of: tower)
        #expect(states.count == 22)
        var reported = 0
        for p in 0..<tower.factCount {
            for q in (p + 1)..<tower.factCount where mutexes.areMutex(FactID(p), FactID(q)) {
                reported += 1
                #expect(
                    !states.contains { $0.contains(FactID(p)) && $0.contains(FactID(q)) },
                    "\(tower.facts[p]) and \(tower.facts[q]) hold together")
            }
        }
        #expect(reported > 0)
    }

    @Test("h² finds the blocks-world invariants: one hand, a block in one place")
    func mutexesOfBlocks() throws {
        let mutexes = try #require(MutexTable(task: tower))
        let pairs = [
            (try fact("handempty"), try fact("holding", "b0")),
            (try fact("holding", "b0"), try fact("holding", "b1")),
            (try fact("on", "b0", "b1"), try fact("clear", "b1")),
            (try fact("on", "b0", "b1"), try fact("ontable", "b0")),
            (try fact("on", "b0", "b1"), try fact("on", "b2", "b1")),
            (try fact("holding", "b0"), try fact("clear", "b0")),
        ]
        for (p, q) in pairs {
            #expect(mutexes.areMutex(p, q), "\(tower.facts[p.index]) / \(tower.facts[q.index])")
            #expect(mutexes.areMutex(q, p))
        }
        #expect(!mutexes.areMutex(try fact("on", "b0", "b1"), try fact("on", "b1", "b2")))
        #expect(!mutexes.areMutex(try fact("handempty"), try fact("handempty")))
    }

    @Test("the tower's lower goal is ordered before the upper one, and not the reverse")
    func reasonableOrderingOfTowerGoals() throws {
        let graph = LandmarkGraph(task: tower, costs: CostModel.unit.costs(of: tower))
        let upper = try #require(graph.landmark(of: try fact("on", "b0", "b1")))
        let lower = try #require(graph.landmark(of: try fact("on", "b1", "b2")))
        #expect(graph.parents(of: upper).contains(Int32(lower)))
        #expect(!graph.parents(of: lower).contains(Int32(upper)))
    }

    @Test("building the tower top first earns no landmark credit for the upper goal")
    func wrongOrderIsNotRewarded() throws {
        let graph = LandmarkGraph(task: tower, costs: CostModel.unit.costs(of: tower))
        let heuristic = LandmarkCountHeuristic(graph: graph)
        let generator = SuccessorGenerator(task: tower)
        func value(after steps: [(String, [String])]) throws -> Int {
            var state = tower.initialState
            var reached = [UInt64](repeating: 0, count: heuristic.wordCount)
            state.words.withUnsafeBufferPointer { words in
                reached.withUnsafeMutableBufferPointer {
                    heuristic.initialize(state: words, reached: $0)
                }
            }
            for (name, arguments) in steps {
                let op = try #require(
                    tower.operators.firstIndex { $0.name == name && $0.arguments == arguments })
                state = generator.successor(of: state, applying: OperatorID(op))
                let parent = reached
                state.words.withUnsafeBufferPointer { words in
                    parent.withUnsafeBufferPointer { parentReached in
                        reached.withUnsafeMutableBufferPointer {
                            heuristic.update(
                                parentReached: parentReached, state: words, reached: $0)
                        }
                    }
                }
            }
            return state.words.withUnsafeBufferPointer { words in
                reached.withUnsafeBufferPointer { heuristic.evaluate(state: words, reached: $0) }
            }
        }
        let upperFirst = try value(after: [("pick-up", ["b0"]), ("stack", ["b0", "b1"])])
        let lowerFirst = try value(after: [("pick-up", ["b1"]), ("stack", ["b1", "b2"])])
        #expect(lowerFirst < upperFirst)
    }

    @Test("lazy greedy search with the ordered landmarks stacks a 5-block tower")
    func towerIsSolved() throws {
        let task = HandBuiltTasks.blocksTower(blocks: 5)
        let generator = SuccessorGenerator(task: task)
        let (outcome, _) = SatisficingPlanner(
            task: task, generator: generator, limits: .none, anytime: false
        ).run()
        let plan = try #require(outcome.plan)
        #expect(generator.check(plan) == .valid)
    }
}
