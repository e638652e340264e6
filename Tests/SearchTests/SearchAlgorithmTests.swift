import PlanningTask
import Search
import Testing

@Suite("Search algorithms")
struct SearchAlgorithmTests {
    @Test(
        "A* returns the optimal cost 8 on the diamond with every admissible heuristic",
        arguments: OptimalPlanner.HeuristicKind.allCases)
    func aStarIsOptimal(kind: OptimalPlanner.HeuristicKind) throws {
        let task = HandBuiltTasks.diamond()
        let generator = SuccessorGenerator(task: task)
        let (outcome, statistics) = OptimalPlanner(
            task: task, generator: generator, heuristic: kind, limits: .none
        ).run()
        let plan = try #require(outcome.plan)
        #expect(generator.check(plan) == .valid)
        #expect(plan.cost(in: task) == 8)
        #expect(statistics.expanded > 0)
    }

    @Test("A* with LM-cut expands fewer states than blind A* on gripper")
    func informedSearchExpandsLess() throws {
        let task = HandBuiltTasks.gripper()
        let generator = SuccessorGenerator(task: task)
        let (blindOutcome, blind) = OptimalPlanner(
            task: task, generator: generator, heuristic: .blind, limits: .none
        ).run()
        let (lmcutOutcome, lmcut) = OptimalPlanner(
            task: task, generator: generator, heuristic: .lmcut, limits: .none
        ).run()
        #expect(try #require(blindOutcome.plan).count == 3)
        #expect(try #require(lmcutOutcome.plan).count == 3)
        #expect(lmcut.expanded <= blind.expanded)
    }

    @Test("unsolvable tasks are proven unsolvable by A* and by greedy search")
    func unsolvable() {
        let task = HandBuiltTasks.unsolvableGripper()
        let generator = SuccessorGenerator(task: task)
        let (optimal, _) = OptimalPlanner(
            task: task, generator: generator, heuristic: .blind, limits: .none
        ).run()
        guard case .unsolvable = optimal else {
            Issue.record("A* did not prove the task unsolvable: \(optimal)")
            return
        }
        // hFF recognises the initial state as a dead end.
        let (greedy, _) = SatisficingPlanner(
            task: task, generator: generator, limits: .none, anytime: false
        ).run()
        guard case .unsolvable = greedy else {
            Issue.record("greedy search did not report unsolvable: \(greedy)")
            return
        }
    }

    @Test("lazy greedy search with hFF and landmarks avoids the dead end and reaches the goal")
    func greedySearch() throws {
        let task = HandBuiltTasks.chainWithTrap(length: 20)
        let generator = SuccessorGenerator(task: task)
        let (outcome, statistics) = SatisficingPlanner(
            task: task, generator: generator, limits: .none, anytime: false
        ).run()
        let plan = try #require(outcome.plan)
        #expect(generator.check(plan) == .valid)
        #expect(plan.count == 20)
        #expect(statistics.expanded >= 20)
    }

    @Test("lazy search with only one heuristic still solves gripper", arguments: [true, false])
    func singleHeuristic(useFF: Bool) throws {
        let task = HandBuiltTasks.gripper()
        let generator = SuccessorGenerator(task: task)
        let unit = CostModel.unit.costs(of: task)
        let search = LazySearch(
            generator: generator, ff: useFF ? FFHeuristic(task: task, costs: unit) : nil,
            landmarks: useFF ? nil : LandmarkCountHeuristic(task: task, costs: unit), costs: unit,
            configuration: LazySearch.Configuration())
        let plan = try #require(search.run().plan)
        #expect(generator.check(plan) == .valid)
    }

    @Test("greedy search takes the short expensive plan; anytime search improves it to the optimum")
    func anytimeImprovesCost() throws {
        let task = HandBuiltTasks.diamond()
        let generator = SuccessorGenerator(task: task)
        let (first, _) = SatisficingPlanner(
            task: task, generator: generator, limits: .none, anytime: false
        ).run()
        #expect(try #require(first.plan).cost(in: task) == 12)
        var costs: [Int] = []
        let (best, _) = SatisficingPlanner(
            task: task, generator: generator, limits: .none, anytime: true
        ).run {
            costs.append($0.cost(in: task))
        }
        let plan = try #require(best.plan)
        #expect(generator.check(plan) == .valid)
        #expect(plan.cost(in: task) == 8)
        #expect(costs == costs.sorted(by: >) && costs.first == 12)
    }

    @Test("a cost bound below every plan makes weighted A* report exhaustion")
    func costBound() {
        let task = HandBuiltTasks.diamond()
        let generator = SuccessorGenerator(task: task)
        let costs = CostModel.actual.costs(of: task)
        let search = LazySearch(
            generator: generator, ff: FFHeuristic(task: task, costs: costs), landmarks: nil,
            costs: costs, configuration: LazySearch.Configuration(weight: 1, costBound: 8))
        guard case .unsolvable = search.run() else {
            Issue.record("a plan cheaper than the optimum was found")
            return
        }
    }

    @Test("an expired deadline stops the search with a time-limit outcome")
    func timeLimit() {
        let task = HandBuiltTasks.chainWithTrap(length: 300)
        let generator = SuccessorGenerator(task: task)
        let limits = SearchLimits(deadline: ContinuousClock.now - .seconds(1))
        let (outcome, _) = OptimalPlanner(
            task: task, generator: generator, heuristic: .blind, limits: limits
        ).run()
        guard case .limitReached(.time) = outcome else {
            Issue.record("expected the time limit, got \(outcome)")
            return
        }
    }
}
