extension ScheduleSolver {
    /// Solves a problem with named pools: schedules its ``UnitExpansion`` (whose schedules
    /// are exactly those of the original problem that admit an allocation, so bounds and
    /// `optimal` carry over), then maps the schedule back and allocates the units.
    func solveAllocating(_ problem: SchedulingProblem, options: ScheduleSolverOptions) async
        -> ScheduleResult
    {
        guard let expansion = try? UnitExpansion(problem) else {
            return ScheduleResult(
                status: .unknown, schedule: nil, objective: nil, bound: nil,
                statistics: ScheduleResult.Statistics())
        }
        var result = await solve(expansion.expanded, options: options)
        guard let schedule = result.schedule else { return result }
        result.schedule = expansion.originalSchedule(schedule)
        result.allocation = expansion.allocation(for: schedule)
        return result
    }
}
