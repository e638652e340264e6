public import PartialOrderPlanning
public import Scheduling

/// Turns a partial-order plan into a scheduling project: one activity per step, with the
/// step's duration and resource demands, and a finish-to-start precedence for every
/// ordering of the plan, so that every schedule of the project runs a linearisation of the
/// plan (steps left unordered by the plan may overlap: they do not interfere).
public enum ProjectBuilder {
    /// The project for `plan`; `stepIDs` name the activities, `durations` are in ticks and
    /// `demands[step]` lists what each step uses of `resources` (with the units that may
    /// serve it, for pools of named units).
    public static func project(
        name: String, plan: PartialOrderPlan, stepIDs: [String], durations: [Int],
        demands: [[ResourceUse]], resources: [Resource]
    ) -> SchedulingProblem {
        let activities = plan.steps.indices.map { step in
            var units = [Int](repeating: 0, count: resources.count)
            var choices: [UnitChoice] = []
            for demand in demands[step] {
                let (sum, overflow) = units[demand.resource].addingReportingOverflow(demand.units)
                units[demand.resource] = overflow ? Int.max : sum
                if let eligible = demand.eligible {
                    choices.append(UnitChoice(resource: demand.resource, eligible: eligible))
                }
            }
            return Activity(
                name: stepIDs[step],
                modes: [Mode(duration: durations[step], demands: units, unitChoices: choices)])
        }
        return SchedulingProblem(
            name: name, activities: activities, resources: resources,
            precedences: plan.orderings.map {
                Precedence(predecessor: $0.before, successor: $0.after)
            })
    }
}
