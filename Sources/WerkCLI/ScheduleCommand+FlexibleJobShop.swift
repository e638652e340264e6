import GLPK
import Scheduling

extension ScheduleCommand {
    /// `werk schedule` on a flexible job shop: solves it with the ``FlexibleJobShopSolver``,
    /// checks the schedule, and writes the job-shop-style JSON (machines numbered as in the
    /// file), the CSV, the Gantt chart (one row per machine) and the time-indexed model.
    func solveFlexibleJobShop(_ shop: FlexibleJobShop) async throws {
        Interruption.install()
        let line = progress.line(command: "schedule", limit: effectiveTimeLimit)
        defer { line.finish() }
        var options = ScheduleSolverOptions(
            timeLimit: effectiveTimeLimit, relativeGap: gap, threads: threads,
            milpSolver: GLPKSolver(),
            stopRequested: { Interruption.isRequested })
        options.progress = { report in
            line.update(
                phase: report.phase, best: report.objective.map { "makespan \($0)" },
                bound: report.bound.map { "bound \($0)" })
        }
        let result = await FlexibleJobShopSolver(shop: shop).solve(options: options)
        line.finish()
        if let schedule = result.schedule {
            let violations = FlexibleJobShopValidator.violations(of: schedule, in: shop)
            guard violations.isEmpty else {
                throw InternalError.scheduleFailedValidation(violations)
            }
        }
        let report = ScheduleReport(shop: shop, result: result)
        try publish(report)
        if let schedule = result.schedule {
            if let csv { try OutputFile.write(report.jobShopCSV, to: csv) }
            if let gantt {
                let problem = shop.assignedJobShop(schedule)
                let starts = Schedule(
                    modes: [Int](repeating: 0, count: schedule.starts.count),
                    starts: schedule.starts)
                try OutputFile.write(
                    GanttChart(problem: problem, schedule: starts).svg(), to: gantt)
            }
        }
        if let writeLP {
            try await writeTimeIndexedModel(
                shop.schedulingProblem, horizon: result.makespan, to: writeLP)
        }
        try end(with: result.status)
    }
}
