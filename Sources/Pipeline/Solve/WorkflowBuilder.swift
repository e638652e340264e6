public import Scheduling
public import Workflow

/// Builds the workflow of solved steps: one workflow step per solved step, with its id,
/// command, predecessors, resources and named units, and its planned start and duration
/// (the scenario's time unit runs as seconds).
public enum WorkflowBuilder {
    /// The workflow `name` running `steps`, with the capacity of each renewable resource of
    /// `resources`.
    public static func workflow(name: String, steps: [SolvedStep], resources: [Resource])
        -> WorkflowDocument
    {
        var capacities: [String: Int] = [:]
        for resource in resources where resource.kind == .renewable {
            capacities[resource.name] = resource.capacity
        }
        return WorkflowDocument(
            name: name, resources: capacities,
            steps: steps.map { step in
                WorkflowStep(
                    id: step.id, command: step.command, after: step.after,
                    startAfter: step.startAfter, uses: step.resources, units: step.units,
                    plannedStart: step.start, plannedDuration: step.duration)
            })
    }
}
