/// A tabu search that minimises a makespan, as ``runIterations(until:target:rounds:iterationLimit:clockCheckMask:patience:stop:)``
/// drives it: each iteration makes the chosen move (which forbids undoing it for a while); a
/// better makespan becomes the best; after `patience` iterations without one, or when no
/// move is left, the search restarts from a perturbed good solution.
protocol TabuSearch: AnyObject {
    /// A move from the current solution to a neighbour.
    associatedtype Move
    /// Iterations run so far; tabu tenures are counted in them.
    var iterations: Int { get set }
    /// The makespan of the best solution so far.
    var bestMakespan: Int { get }
    /// The makespan of the current solution.
    var currentMakespan: Int { get }
    /// The move to make, or `nil` when there is none.
    func chooseMove() -> Move?
    /// Makes `move` and forbids undoing it; when the result is cyclic, returns to the
    /// solution before, forbids the move instead and returns `false`.
    func make(_ move: Move) -> Bool
    /// Keeps the current solution as the best.
    func keepCurrentAsBest()
    /// Goes back to a good solution and perturbs it; `false` when there is nothing to
    /// perturb, which ends a search without moves.
    @discardableResult
    func restart() -> Bool
}

extension TabuSearch {
    /// Searches until `deadline` (looked at when `iterations & clockCheckMask` is 0), until
    /// the best makespan reaches `target`, until `stop` is raised, after `iterationLimit`
    /// iterations, or when `rounds` restarts in a row found nothing better.
    func runIterations(
        until deadline: ContinuousClock.Instant, target: Int, rounds: Int, iterationLimit: Int,
        clockCheckMask: Int, patience: Int, stop: StopSignal?
    ) {
        var stall = 0
        var fruitless = 0
        let last = iterations.addingReportingOverflow(iterationLimit)
        let end = last.overflow ? Int.max : last.partialValue
        while bestMakespan > target, fruitless < rounds, iterations < end {
            iterations += 1
            if iterations & clockCheckMask == 0,
                ContinuousClock.now >= deadline || stop?.isRaised == true
            {
                return
            }
            guard let move = chooseMove() else {
                guard restart() else { return }
                stall = 0
                fruitless += 1
                continue
            }
            guard make(move) else { continue }
            if currentMakespan < bestMakespan {
                keepCurrentAsBest()
                stall = 0
                fruitless = 0
            } else {
                stall += 1
                if stall >= patience {
                    restart()
                    stall = 0
                    fruitless += 1
                }
            }
        }
    }
}
