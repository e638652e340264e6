extension ConstraintBranchAndBound {
    /// Settles the makespan from below (destructive lower bounding with search, Klein &
    /// Scholl 1999): for C = `lowerBound`, `lowerBound` + 1, … below `incumbent`'s makespan, a
    /// complete search for a schedule of makespan at most C (by clause learning where it
    /// applies, see ``decideWithLearning(_:makespan:)``). With every window cut at C,
    /// propagation prunes more than in a search from the incumbent down, so on a small gap a
    /// probe may refute C or find a schedule sooner. A refuted C raises the bound; the first
    /// schedule found is optimal; the climb ends at the first probe still open at `deadline`.
    ///
    /// The result is complete when a probe found a schedule or the bound reached `incumbent`'s
    /// makespan (then `incumbent` is optimal); otherwise it carries the raised bound and
    /// `incumbent`. Makespan objective only: otherwise `lowerBound` and `incumbent` unchanged.
    func settleFromBelow(
        incumbent: Schedule, lowerBound: Int, until deadline: ContinuousClock.Instant
    ) -> BranchAndBoundResult {
        let value = network.problem.objectiveValue(of: incumbent)
        var bound = lowerBound
        var found: Schedule?
        if network.problem.objective == .makespan, Self.supportsModes(of: network) {
            self.deadline = deadline
            // The root domains do not depend on C: narrowed once, copied for every probe.
            var narrowed = false
            let root = rootState().flatMap {
                var state = $0
                return filterModesByBudgetPairs(&state, changed: &narrowed) ? state : nil
            }
            while bound < value, !mustStop {
                best = nil
                bestValue = bound + 1
                stopped = false
                if var probe = root {
                    for activity in probe.latestCompletion.indices {
                        probe.latestCompletion[activity] = min(
                            probe.latestCompletion[activity], bound)
                    }
                    if propagate(&probe), !decideWithLearning(probe, makespan: bound),
                        energyFits(probe), shaveModes(&probe), shaveWindows(&probe)
                    {
                        search(&probe)
                    }
                }
                if let best {
                    found = best
                    bound = network.problem.objectiveValue(of: best)
                    break
                }
                guard !stopped else { break }
                bound += 1
            }
            best = nil
            bestValue = Int.max
        }
        return BranchAndBoundResult(
            schedule: found ?? incumbent, value: found == nil ? value : bound,
            bound: min(bound, value), isComplete: found != nil || bound >= value, nodes: nodes)
    }
}
