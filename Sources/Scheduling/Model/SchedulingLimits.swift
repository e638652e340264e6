/// The largest numbers a ``SchedulingProblem`` may hold, checked where files are read.
///
/// Two things depend on them: every sum and product the solver forms (horizons, energies,
/// costs, weighted tardiness) fits in an `Int` without overflow, and the arrays indexed by
/// time (the schedule generator's and time-tabling's resource profiles, the time-indexed
/// MILP, the Gantt chart's load curve) stay a sane size: at most ``maximumTime`` + 1 entries
/// per resource.
public enum SchedulingLimits {
    /// Largest duration, lag, release date, deadline and due date, and largest trivial
    /// horizon (the latest release plus every activity's longest mode plus the magnitude of
    /// every lag, the horizon of ``ConstraintBranchAndBound``): 10^7 time units.
    public static let maximumTime = 10_000_000
    /// Largest demand and capacity: 10^7 units. An energy (duration × demand summed over
    /// activities) is then at most 10^14.
    public static let maximumQuantity = 10_000_000
    /// Largest tardiness weight and unit cost: 10^4, so a weighted tardiness or a resource
    /// cost stays below 10^18 for up to 10^7 activities or 90 resources.
    public static let maximumFactor = 10_000
    /// Most activities (jobs, operations): 10^6.
    public static let maximumActivities = 1_000_000
    /// Most cells of a time-indexed profile over all renewable resources (resources × the
    /// trivial horizon): 2^27, one GiB of integers.
    public static let maximumProfileCells = 1 << 27

    /// The trivial horizon of `problem` (see ``maximumTime``), or `nil` when it exceeds
    /// ``maximumTime`` or a single value is out of range. O(n·M + P); never overflows.
    public static func horizon(of problem: SchedulingProblem) -> Int? {
        var total = 0
        func add(_ value: Int) -> Bool {
            guard value >= 0, value <= maximumTime else { return false }
            total += value
            return total <= maximumTime
        }
        guard add(problem.activities.map(\.releaseDate).max() ?? 0) else { return nil }
        for activity in problem.activities {
            guard add(activity.modes.map(\.duration).max() ?? 0) else { return nil }
        }
        for precedence in problem.precedences {
            // The constraint search's horizon adds every lag's magnitude.
            guard add(Int(clamping: precedence.minimumLag.magnitude)),
                add(Int(clamping: (precedence.maximumLag ?? 0).magnitude))
            else { return nil }
        }
        return total
    }

    /// Why `problem` holds a number beyond these limits, or `nil` when it holds none; with
    /// named units, also why they cannot be allocated (a demand beyond its eligible units,
    /// more than ``UnitExpansion/maximumModes`` combinations). O(n·M·K + P).
    public static func violation(in problem: SchedulingProblem) -> String? {
        if problem.activities.count > maximumActivities {
            return "\(problem.activities.count) activities exceed the limit of "
                + "\(maximumActivities)"
        }
        for resource in problem.resources {
            if resource.capacity > maximumQuantity {
                return "the capacity of resource '\(resource.name)' exceeds the limit of "
                    + "\(maximumQuantity)"
            }
            if resource.unitCost > maximumFactor {
                return "the cost of resource '\(resource.name)' exceeds the limit of "
                    + "\(maximumFactor)"
            }
        }
        for activity in problem.activities {
            let times = [activity.releaseDate, activity.deadline ?? 0, activity.dueDate ?? 0]
            if times.contains(where: { $0.magnitude > maximumTime })
                || activity.modes.contains(where: { $0.duration > maximumTime })
            {
                return "a duration or date of activity '\(activity.name)' exceeds the limit of "
                    + "\(maximumTime)"
            }
            if activity.modes.contains(where: { $0.demands.contains { $0 > maximumQuantity } }) {
                return "a demand of activity '\(activity.name)' exceeds the limit of "
                    + "\(maximumQuantity)"
            }
            if activity.tardinessWeight > maximumFactor {
                return "the weight of activity '\(activity.name)' exceeds the limit of "
                    + "\(maximumFactor)"
            }
        }
        guard let horizon = horizon(of: problem) else {
            return "the durations and lags add up to more than \(maximumTime) time units "
                + "(the limit of the scheduler's horizon)"
        }
        let renewable = problem.resources.count { $0.kind == .renewable }
        if renewable * (horizon + 1) > maximumProfileCells {
            return "\(renewable) renewable resources over a horizon of \(horizon) time units "
                + "exceed the limit of \(maximumProfileCells) resource-time cells"
        }
        guard problem.resources.contains(where: { !$0.units.isEmpty }) else { return nil }
        do {
            // The solvers see the expansion, with a resource for every unit that is asked for
            // by skill or by name.
            return violation(in: try UnitExpansion(problem).expanded)
        } catch {
            return "activity '\(problem.activities[error.activity].name)' \(error.message)"
        }
    }
}
