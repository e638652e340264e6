/// A project to schedule: activities with modes, resources, precedences and an objective.
///
/// Indices are dense: activity `i` is `activities[i]`, resource `k` is `resources[k]`, and
/// every ``Mode/demands`` array has one entry per resource.
public struct SchedulingProblem: Sendable, Hashable {
    /// The instance name (the file name).
    public var name: String
    /// The activities, indexed by precedences and schedules.
    public var activities: [Activity]
    /// The resources, indexed like every ``Mode/demands``.
    public var resources: [Resource]
    /// The precedence relations between activities.
    public var precedences: [Precedence]
    /// What a schedule minimises.
    public var objective: ScheduleObjective

    /// A problem of `activities`, `resources` and `precedences` minimising `objective`.
    public init(
        name: String, activities: [Activity], resources: [Resource],
        precedences: [Precedence], objective: ScheduleObjective = .makespan
    ) {
        self.name = name
        self.activities = activities
        self.resources = resources
        self.precedences = precedences
        self.objective = objective
    }

    /// Whether every activity has exactly one mode.
    public var isSingleMode: Bool { activities.allSatisfy { $0.modes.count == 1 } }

    /// Whether the problem came from a job-shop file.
    public var isJobShop: Bool {
        !activities.isEmpty && activities.allSatisfy { $0.jobShopOperation != nil }
    }

    /// The value of `objective` for `schedule`.
    public func objectiveValue(of schedule: Schedule) -> Int {
        switch objective {
        case .makespan:
            return schedule.makespan(in: self)
        case .totalWeightedTardiness:
            return activities.indices.reduce(0) { total, index in
                guard let due = activities[index].dueDate else { return total }
                let late = max(0, schedule.finish(of: index, in: self) - due)
                return total + activities[index].tardinessWeight * late
            }
        case .resourceCost:
            return activities.indices.reduce(0) {
                $0 + modeCost(activity: $1, mode: schedule.modes[$1])
            }
        }
    }

    /// The resource cost of running `activity` in `mode`.
    public func modeCost(activity: Int, mode: Int) -> Int {
        let chosen = activities[activity].modes[mode]
        return resources.indices.reduce(0) { total, resource in
            let units = chosen.demands[resource] * resources[resource].unitCost
            return total
                + (resources[resource].kind == .renewable ? units * chosen.duration : units)
        }
    }
}
