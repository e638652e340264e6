extension ConstraintBranchAndBound {
    /// Settles the makespan from below with a climb from `lowerBound` until `deadline` (see
    /// ``climb(from:below:until:)``). The result is complete when
    /// the climb found an optimal schedule or reached `incumbent`'s makespan, which is then
    /// optimal; otherwise it carries the raised bound and `incumbent`. Makespan objective only.
    func settleFromBelow(
        incumbent: Schedule, lowerBound: Int, until deadline: ContinuousClock.Instant
    ) -> BranchAndBoundResult {
        let value = network.problem.objectiveValue(of: incumbent)
        let (bound, schedule) = climb(from: lowerBound, below: value, until: deadline)
        return BranchAndBoundResult(
            schedule: schedule ?? incumbent, value: schedule.map { _ in bound } ?? value,
            bound: min(bound, value), isComplete: schedule != nil || bound >= value,
            nodes: nodes)
    }

    /// Bottom-up search for the makespan (destructive lower bounding with search, Klein &
    /// Scholl 1999): for C = `lowerBound`, `lowerBound` + 1, … below `upperBound`, a complete
    /// search for a schedule of makespan at most C. With every window cut at C, propagation
    /// prunes more than in a search from the incumbent down, so on a small gap a probe may
    /// refute C or find a schedule sooner. Returns the raised bound and, when a
    /// probe found one, a schedule of that makespan (optimal); the climb ends at the first
    /// probe still open at `deadline`.
    func climb(from lowerBound: Int, below upperBound: Int, until deadline: ContinuousClock.Instant)
        -> (bound: Int, schedule: Schedule?)
    {
        guard network.problem.objective == .makespan, Self.supportsModes(of: network) else {
            return (lowerBound, nil)
        }
        self.deadline = deadline
        defer {
            best = nil
            bestValue = Int.max
        }
        var bound = lowerBound
        while bound < upperBound, !mustStop {
            best = nil
            bestValue = bound + 1
            stopped = false
            var narrowed = false
            if var root = rootState(), filterModesByBudgetPairs(&root, changed: &narrowed) {
                for activity in root.latestCompletion.indices {
                    root.latestCompletion[activity] = min(root.latestCompletion[activity], bound)
                }
                if propagate(&root), energyFits(root), shaveModes(&root), shaveWindows(&root) {
                    search(&root)
                }
            }
            if let best { return (network.problem.objectiveValue(of: best), best) }
            guard !stopped else { break }
            bound += 1
        }
        return (bound, nil)
    }
}
