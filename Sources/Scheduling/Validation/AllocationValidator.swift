/// Checks a unit allocation against its schedule and problem, independently of how it was
/// made: every activity holds exactly the number of units its mode demands of each named
/// pool, distinct and eligible (with the skill asked for, or among the alternatives named),
/// and no unit serves two activities at any instant.
///
/// O(n·K·u + h log h) for n activities, K resources, u units a demand may name and h
/// holdings in all.
public enum AllocationValidator {
    /// Every violation, in words; empty when the allocation is valid. `schedule` must be
    /// valid for `problem` (see ``ScheduleValidator``).
    public static func violations(
        of allocation: UnitAllocation, schedule: Schedule, in problem: SchedulingProblem
    ) -> [String] {
        guard allocation.assignments.count == problem.activities.count else {
            return [
                "the allocation has \(allocation.assignments.count) entries for "
                    + "\(problem.activities.count) activities"
            ]
        }
        var problems: [String] = []
        // holdings[pool][unit]: the (start, finish, activity) of every activity holding it.
        var holdings = problem.resources.map {
            [[(start: Int, finish: Int, activity: Int)]](repeating: [], count: $0.units.count)
        }
        for (index, activity) in problem.activities.enumerated() {
            let mode = activity.modes[schedule.modes[index]]
            let given = Dictionary(
                allocation.assignments[index].map { ($0.resource, $0.units) },
                uniquingKeysWith: { first, _ in first })
            guard given.count == allocation.assignments[index].count else {
                problems.append("activity \(activity.name) lists a pool twice")
                continue
            }
            for (pool, resource) in problem.resources.enumerated() {
                let units = given[pool] ?? []
                let demand = resource.units.isEmpty ? 0 : mode.demands[pool]
                if units.count != demand {
                    problems.append(
                        "activity \(activity.name) holds \(units.count) units of "
                            + "\(resource.name) for a demand of \(demand)")
                    continue
                }
                if Set(units).count != units.count {
                    problems.append(
                        "activity \(activity.name) holds a unit of \(resource.name) twice")
                    continue
                }
                let eligible = Set(mode.eligibleUnits(of: pool, unitCount: resource.units.count))
                for unit in units {
                    guard resource.units.indices.contains(unit), eligible.contains(unit) else {
                        problems.append(
                            "activity \(activity.name) holds unit \(unit) of \(resource.name), "
                                + "which may not serve it")
                        continue
                    }
                    holdings[pool][unit].append(
                        (schedule.starts[index], schedule.finish(of: index, in: problem), index))
                }
            }
        }
        for (pool, resource) in problem.resources.enumerated() {
            for (unit, held) in holdings[pool].enumerated() {
                let intervals = held.filter { $0.finish > $0.start }.sorted {
                    ($0.start, $0.finish) < ($1.start, $1.finish)
                }
                for (earlier, later) in zip(intervals, intervals.dropFirst())
                where later.start < earlier.finish {
                    problems.append(
                        "unit \(resource.units[unit].name) of \(resource.name) serves "
                            + "\(problem.activities[earlier.activity].name) and "
                            + "\(problem.activities[later.activity].name) at time \(later.start)")
                }
            }
        }
        return problems
    }
}
