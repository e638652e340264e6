import PDDL
import Scheduling
import SourceText

extension ScenarioSolver {
    /// The scheduling project of `steps` under `precedences`, in ticks of `scale`: activity
    /// `i` is step `i`, named by its step id, with one mode per way the scenario lets it run
    /// (`modeDurations[i][mode]`, in the scenario's time unit, and the mode's resource use).
    func project(
        of steps: [PlanStep], modeDurations: [[Double]], scale: TimeScale,
        precedences: [Precedence]
    ) -> SchedulingProblem {
        ProjectBuilder.project(
            name: scenario.problem.name, stepIDs: StepIDs.ids(of: steps),
            durations: modeDurations.map { $0.map(scale.ticks) },
            demands: steps.map { scenario.profile(ofAction: $0.actionName).modes.map(\.uses) },
            resources: scenario.resources, precedences: precedences)
    }

    /// Throws a ``Diagnostic`` in the scenario when `project` (in ticks of `scale`) exceeds
    /// the scheduler's limits (``SchedulingLimits``).
    func checkLimits(of project: SchedulingProblem, scale: TimeScale) throws(Diagnostic) {
        guard let violation = SchedulingLimits.violation(in: project) else { return }
        let unit = scale.ticksPerUnit == 1 ? "" : " (times in 1/\(scale.ticksPerUnit) units)"
        throw Diagnostic(file: scenario.path, location: .unknown, message: violation + unit)
    }
}
