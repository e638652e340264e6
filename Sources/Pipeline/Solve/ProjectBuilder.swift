public import PartialOrderPlanning
public import Scheduling

/// Turns a partial-order plan into a scheduling project: one activity per step, with the
/// step's duration and resource demands, and a finish-to-start precedence for every
/// ordering of the plan, so that every schedule of the project runs a linearisation of the
/// plan (steps left unordered by the plan may overlap: they do not interfere).
public enum ProjectBuilder {
    /// The project for `plan`; `stepIDs` name the activities, `durations` are in ticks and
    /// `demands[step]` lists (resource index, units) per step.
    public static func project(
        name: String, plan: PartialOrderPlan, stepIDs: [String], durations: [Int],
        demands: [[(resource: Int, units: Int)]], resources: [(name: String, capacity: Int)]
    ) -> SchedulingProblem {
        let activities = plan.steps.indices.map { step in
            var units = [Int](repeating: 0, count: resources.count)
            for demand in demands[step] {
                let (sum, overflow) = units[demand.resource].addingReportingOverflow(demand.units)
                units[demand.resource] = overflow ? Int.max : sum
            }
            return Activity(
                name: stepIDs[step], modes: [Mode(duration: durations[step], demands: units)])
        }
        return SchedulingProblem(
            name: name, activities: activities,
            resources: resources.map {
                Resource(name: $0.name, kind: .renewable, capacity: $0.capacity)
            },
            precedences: plan.orderings.map {
                Precedence(predecessor: $0.before, successor: $0.after)
            })
    }
}
