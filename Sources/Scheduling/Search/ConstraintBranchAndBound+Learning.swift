extension ConstraintBranchAndBound {
    /// One probe of the climb by lazy clause generation (``ClauseLearningSearch``), where it
    /// applies (single mode, no maximum lags): whether a schedule of makespan at most
    /// `makespan` exists within the domains of `probe`. Sets ``best`` on a schedule and
    /// ``stopped`` when undecided at the deadline; `false` when it does not apply.
    func decideWithLearning(_ probe: SearchState, makespan: Int) -> Bool {
        guard
            var learning = ClauseLearningSearch(
                network: network, makespan: makespan,
                windows: (probe.earliestStart, probe.latestCompletion))
        else { return false }
        learning.stopSignal = stopSignal
        defer { nodes += learning.decisions }
        switch learning.solve(until: deadline) {
        case .schedule(let schedule): best = schedule
        case .refuted: break
        case .undecided: stopped = true
        }
        return true
    }

    /// Branch-and-bound from above by lazy clause generation with the makespan objective:
    /// schedules below `incumbent`'s makespan, each one tightening the bound, until the last
    /// is proven optimal or `deadline`; the portfolio's incumbent (``shared``) is told of each
    /// and taken over at restarts. `nil` where ``ClauseLearningSearch`` does not apply.
    func descendWithLearning(
        incumbent: Schedule, lowerBound: Int, until deadline: ContinuousClock.Instant
    ) -> BranchAndBoundResult? {
        guard network.problem.objective == .makespan, var root = rootState() else { return nil }
        let value = network.problem.objectiveValue(of: incumbent)
        for activity in root.latestCompletion.indices {
            root.latestCompletion[activity] = min(root.latestCompletion[activity], value - 1)
        }
        guard propagate(&root) else {
            // Propagation alone refutes every better makespan.
            return BranchAndBoundResult(
                schedule: incumbent, value: value, bound: value, isComplete: true, nodes: 0)
        }
        guard
            var learning = ClauseLearningSearch(
                network: network, makespan: value - 1,
                windows: (root.earliestStart, root.latestCompletion))
        else { return nil }
        learning.stopSignal = stopSignal
        learning.shared = shared
        learning.guide = incumbent.starts
        let outcome = learning.minimize(until: deadline)
        let best = outcome.best ?? incumbent
        let bestValue = network.problem.objectiveValue(of: best)
        return BranchAndBoundResult(
            schedule: best, value: bestValue, bound: outcome.isComplete ? bestValue : lowerBound,
            isComplete: outcome.isComplete, nodes: learning.decisions)
    }
}
