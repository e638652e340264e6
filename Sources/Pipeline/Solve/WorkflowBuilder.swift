public import PartialOrderPlanning
public import Scheduling
public import Workflow

/// Builds the workflow of a scheduled partial-order plan: one step per plan step, waiting
/// for the steps the plan orders before it, holding the units of each resource the
/// schedule gave it (and the named units of its allocation), with the planned start and
/// duration of the schedule.
public enum WorkflowBuilder {
    /// The workflow for `plan` scheduled as `schedule` of `project` (whose activity `i` is
    /// plan step `i`, named by its step id); `commands[i]` is step `i`'s argv and
    /// `secondsPerTick` converts the schedule's integer times into seconds; `allocation`
    /// names the units of the steps on pools of named units.
    public static func workflow(
        name: String, plan: PartialOrderPlan, project: SchedulingProblem, schedule: Schedule,
        allocation: UnitAllocation? = nil, commands: [[String]], secondsPerTick: Double
    ) -> WorkflowDocument {
        var predecessors = [[Int]](repeating: [], count: plan.stepCount)
        for ordering in plan.orderings { predecessors[ordering.after].append(ordering.before) }
        let steps = project.activities.indices.map { index in
            let activity = project.activities[index]
            let mode = activity.modes[schedule.modes[index]]
            var uses: [String: Int] = [:]
            for (resource, units) in zip(project.resources, mode.demands) where units > 0 {
                uses[resource.name] = units
            }
            return WorkflowStep(
                id: activity.name, command: commands[index],
                after: predecessors[index].sorted().map { project.activities[$0].name },
                uses: uses, units: allocation?.names(of: index, in: project) ?? [:],
                plannedStart: Double(schedule.starts[index]) * secondsPerTick,
                plannedDuration: Double(mode.duration) * secondsPerTick)
        }
        var capacities: [String: Int] = [:]
        for resource in project.resources where resource.kind == .renewable {
            capacities[resource.name] = resource.capacity
        }
        return WorkflowDocument(name: name, resources: capacities, steps: steps)
    }
}
