import PDDL
import PartialOrderPlanning
import PlanningTask
import Scheduling

extension ScenarioSolver {
    /// The solution whose step `i` is `steps[i]`, activity `i` of `scheduled.project` (named
    /// by its step id) and step `i` of `partialOrder`, run in the mode and at the start the
    /// schedule gives it; `modeDurations[i][mode]` is its duration per mode in the scenario's
    /// time unit and `startAfter[i]` lists the steps it must start after while they run, if
    /// any. Every time is converted from ticks here, once, by `scheduled.timeScale`.
    func solution(
        task: GroundTask, plan: SequentialPlan, partialOrder: PartialOrderPlan,
        steps: [PlanStep], modeDurations: [[Double]], startAfter: [[Int]] = [],
        scheduled: ScheduledProject
    ) -> ScenarioSolution {
        let (project, schedule, allocation) =
            (scheduled.project, scheduled.schedule, scheduled.result.allocation)
        let ids = project.activities.map(\.name)
        var after = [[Int]](repeating: [], count: steps.count)
        for ordering in partialOrder.orderings { after[ordering.after].append(ordering.before) }
        let solved = steps.indices.map { index in
            let step = PlanStep(
                actionName: steps[index].actionName, arguments: steps[index].arguments)
            let units = allocation?.names(of: index, in: project) ?? [:]
            return SolvedStep(
                id: ids[index], action: step,
                start: scheduled.timeScale.time(schedule.starts[index]),
                duration: modeDurations[index][schedule.modes[index]],
                resources: project.resourceUse(of: index, in: schedule), units: units,
                command: command(for: step, units: units),
                after: after[index].sorted().map { ids[$0] },
                startAfter: (startAfter.indices.contains(index) ? startAfter[index] : []).sorted()
                    .map { ids[$0] })
        }
        return ScenarioSolution(
            scenario: scenario, task: task, plan: plan, partialOrder: partialOrder, steps: solved,
            project: project, result: scheduled.result, schedule: schedule,
            timeScale: scheduled.timeScale)
    }

    /// The command (argv) of `step` holding the named `units`: the scenario's template for
    /// its action with the step's arguments and units, run by `/bin/sh -c`.
    private func command(for step: PlanStep, units: [String: [String]]) -> [String] {
        let template = scenario.profile(ofAction: step.actionName).command
        return [
            "/bin/sh", "-c", template?.render(arguments: step.arguments, units: units) ?? "true",
        ]
    }
}
