import TimeUnits

extension ScheduleSolver {
    /// Solves a problem with named pools through its ``UnitExpansion``: first the relaxed one
    /// (demands for any units of a split pool hold only the pool's capacity, and are given
    /// units once the schedule is fixed); its bound holds for the original problem, so when
    /// its schedule admits an allocation, the result stands as it is, `optimal` included.
    /// When it does not, the explicit expansion — every demand choosing its units as modes,
    /// whose every schedule admits its allocation — is solved in the time left.
    func solveAllocating(_ problem: SchedulingProblem, options: ScheduleSolverOptions) async
        -> ScheduleResult
    {
        let started = ContinuousClock.now
        guard let relaxed = try? UnitExpansion(problem) else { return .unknown(bound: nil) }
        let result = await solve(relaxed.expanded, options: options)
        guard let schedule = result.schedule else { return result }
        let seconds = (options.deadline - ContinuousClock.now).seconds
        if let allocation = await relaxed.allocation(
            for: schedule, solver: options.milpSolver, seconds: seconds)
        {
            var allocated = result
            allocated.schedule = relaxed.originalSchedule(schedule)
            allocated.allocation = allocation
            return allocated
        }
        guard relaxed.hasOpenDemandsOnSplitPools,
            let explicit = try? UnitExpansion(problem, explicit: true)
        else { return .unknown(bound: result.bound) }
        var remaining = options
        remaining.deadline = max(options.deadline, .now + .milliseconds(100))
        var retry = await solve(explicit.expanded, options: remaining)
        retry.statistics.seconds = (ContinuousClock.now - started).seconds
        guard let explicitSchedule = retry.schedule, let value = retry.objective else {
            return retry
        }
        guard
            let allocation = await explicit.allocation(
                for: explicitSchedule, solver: nil, seconds: 0)
        else { return .unknown(bound: retry.bound) }
        // Both expansions' bounds hold for the original problem.
        var final = ScheduleResult(
            schedule: explicit.originalSchedule(explicitSchedule), value: value,
            provenBound: max(retry.bound ?? 0, result.bound ?? 0),
            searchComplete: retry.status == .optimal, statistics: retry.statistics)
        final.allocation = allocation
        return final
    }
}

extension ScheduleResult {
    /// No schedule and no verdict, with the best bound proven so far.
    fileprivate static func unknown(bound: Int?) -> ScheduleResult {
        ScheduleResult(
            status: .unknown, schedule: nil, objective: nil, bound: bound,
            statistics: ScheduleResult.Statistics())
    }
}
