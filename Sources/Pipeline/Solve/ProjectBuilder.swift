public import PartialOrderPlanning
public import Scheduling

/// Turns a partial-order plan into a scheduling project: one activity per step, with one
/// mode per way the step may run (its duration and resource demands), and a
/// finish-to-start precedence for every
/// ordering of the plan, so that every schedule of the project runs a linearisation of the
/// plan (steps left unordered by the plan may overlap: they do not interfere).
public enum ProjectBuilder {
    /// The project for `plan`; `stepIDs` name the activities; `durations[step][mode]` (in
    /// ticks) and `demands[step][mode]` give each mode of each step: its duration and what
    /// it uses of `resources` (with the units that may serve it, for pools of named units).
    public static func project(
        name: String, plan: PartialOrderPlan, stepIDs: [String], durations: [[Int]],
        demands: [[[ResourceUse]]], resources: [Resource]
    ) -> SchedulingProblem {
        let activities = plan.steps.indices.map { step in
            Activity(
                name: stepIDs[step],
                modes: zip(durations[step], demands[step]).map { duration, uses in
                    mode(duration: duration, uses: uses, resourceCount: resources.count)
                })
        }
        return SchedulingProblem(
            name: name, activities: activities, resources: resources,
            precedences: plan.orderings.map {
                Precedence(predecessor: $0.before, successor: $0.after)
            })
    }

    private static func mode(duration: Int, uses: [ResourceUse], resourceCount: Int) -> Mode {
        var units = [Int](repeating: 0, count: resourceCount)
        var choices: [UnitChoice] = []
        for demand in uses {
            let (sum, overflow) = units[demand.resource].addingReportingOverflow(demand.units)
            units[demand.resource] = overflow ? Int.max : sum
            if let eligible = demand.eligible {
                choices.append(UnitChoice(resource: demand.resource, eligible: eligible))
            }
        }
        return Mode(duration: duration, demands: units, unitChoices: choices)
    }
}
