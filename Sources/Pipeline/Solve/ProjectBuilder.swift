public import Scheduling

/// Turns the steps of a plan into a scheduling project: one activity per step, with one
/// mode per way the step may run (its duration and resource demands), under the plan's
/// precedences.
public enum ProjectBuilder {
    /// The project of steps `stepIDs` under `precedences`, which may have lags of any sign
    /// (a temporal plan's difference constraints); `durations[step][mode]` (in ticks) and
    /// `demands[step][mode]` give each mode of each step: its duration and what it uses of
    /// `resources` (with the units that may serve it, for pools of named units).
    public static func project(
        name: String, stepIDs: [String], durations: [[Int]], demands: [[[ResourceUse]]],
        resources: [Resource], precedences: [Precedence]
    ) -> SchedulingProblem {
        let activities = stepIDs.indices.map { step in
            Activity(
                name: stepIDs[step],
                modes: zip(durations[step], demands[step]).map { duration, uses in
                    mode(duration: duration, uses: uses, resourceCount: resources.count)
                })
        }
        return SchedulingProblem(
            name: name, activities: activities, resources: resources, precedences: precedences)
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
