public import PlanningTask

/// LAMA-style satisficing planning (Richter & Westphal 2010): lazy greedy best-first search
/// with hFF and landmark count (natural and reasonable orderings, the latter from h²
/// mutexes), preferred operators, type-based exploration and unit costs first; with `anytime`, then restarting lazy
/// weighted A* with weights 5, 3, 2, 1 (and 1 again until the search space under the cost
/// bound is exhausted, which proves the last plan optimal) on the real costs, heuristics
/// using cost + 1, each search pruned by the best cost found so far. Every plan loses the
/// steps it does not need (``ActionElimination``) before it is reported or bounds a search.
public struct SatisficingPlanner {
    private let task: GroundTask
    private let generator: SuccessorGenerator
    private let limits: SearchLimits
    private let anytime: Bool

    private let incumbent: SequentialPlan?

    /// A planner for `task`; with `incumbent`, a plan already known, the anytime searches
    /// start from its cost instead of running the first search.
    public init(
        task: GroundTask, generator: SuccessorGenerator, limits: SearchLimits, anytime: Bool,
        incumbent: SequentialPlan? = nil
    ) {
        self.task = task
        self.generator = generator
        self.limits = limits
        self.anytime = anytime
        self.incumbent = incumbent
    }

    /// Runs the searches; `onPlan` receives each plan that improves on the previous one.
    /// Returns the final outcome (the best plan if any) and the summed statistics.
    public func run(onPlan: (SequentialPlan) -> Void = { _ in }) -> (
        SearchOutcome, SearchStatistics
    ) {
        var statistics = SearchStatistics()
        let unit = CostModel.unit.costs(of: task)
        let unitRelaxation = RelaxedTask(task: task, costs: unit)
        let mutexes = MutexTable(task: task)
        let outcome: SearchOutcome
        if let incumbent {
            outcome = .solved(incumbent)
        } else {
            let first = LazySearch(
                generator: generator, ff: FFHeuristic(relaxed: unitRelaxation, costs: unit),
                landmarks: LandmarkCountHeuristic(
                    graph: LandmarkGraph(
                        task: task, relaxed: unitRelaxation, costs: unit, mutexes: mutexes)),
                costs: unit,
                configuration: LazySearch.Configuration(limits: limits))
            outcome = first.run().map(shortened)
            statistics.add(first.statistics)
        }
        guard anytime, var best = outcome.plan else { return (outcome, statistics) }
        if incumbent == nil { onPlan(best) }
        let actual = CostModel.actual.costs(of: task)
        let plusOne = CostModel.actualPlusOne.costs(of: task)
        let relaxation = RelaxedTask(task: task, costs: plusOne)
        let ff = FFHeuristic(relaxed: relaxation, costs: plusOne)
        let landmarks = LandmarkCountHeuristic(
            graph: LandmarkGraph(
                task: task, relaxed: relaxation, costs: plusOne, mutexes: mutexes))
        var weights = [5, 3, 2, 1]
        while let weight = weights.first {
            if weights.count > 1 { weights.removeFirst() }
            let search = LazySearch(
                generator: generator, ff: ff, landmarks: landmarks, costs: actual,
                configuration: LazySearch.Configuration(
                    weight: weight, costBound: best.cost(in: task), limits: limits))
            let result = search.run()
            statistics.add(search.statistics)
            switch result {
            case .solved(let plan):
                best = shortened(plan)
                onPlan(best)
            case .unsolvable:
                if weight == 1 { return (.solved(best), statistics) }
            case .limitReached:
                return (.solved(best), statistics)
            }
        }
        return (.solved(best), statistics)
    }

    private func shortened(_ plan: SequentialPlan) -> SequentialPlan {
        ActionElimination.eliminating(from: plan, with: generator)
    }
}
