import Optimization

/// Scheduling with named units, reduced to the multi-mode project the solvers know.
///
/// A pool whose units some mode restricts (to a skill, or to a list of alternatives) is
/// *split*: each of its units also becomes a resource of capacity 1, and every mode that
/// restricts its demand on the pool becomes one mode per combination of eligible units,
/// holding the pool and the chosen units; the allocation is read from the chosen mode. A
/// demand for any units of a split pool holds only the pool's capacity: its units are
/// assigned once the schedule is fixed (``IntervalAssignment``) — unless the expansion is
/// `explicit`, where such demands choose their units among all combinations too. The units
/// of a pool nobody restricts are interchangeable: the pool's capacity suffices while
/// scheduling, and ``LeftEdgeAllocator`` assigns them afterwards, exactly.
///
/// Every schedule of an explicit expansion admits its allocation. The other expansion is a
/// relaxation (fewer modes): its bounds hold for the original problem, and a schedule of it
/// is a solution once its open demands are assigned.
///
/// Building costs O(n·c·(K + k)) for n activities, c combinations per activity (at most
/// ``maximumModes``), K resources and k units of split pools.
struct UnitExpansion {
    /// Most modes one activity may get from its combinations of units: 64, the width of
    /// the exact search's mode sets (``SearchState/modeCapacity``).
    static let maximumModes = SearchState.modeCapacity

    /// Why a problem cannot be expanded: the activity and what is wrong.
    struct Failure: Error {
        var activity: Int
        var message: String
    }

    /// Where an expanded mode comes from.
    struct Origin {
        /// The mode of the original activity.
        var mode: Int
        /// The units chosen on split pools.
        var assignments: [UnitAllocation.Assignment]
        /// Demands whose units are assigned after scheduling: on pools nobody restricts, and
        /// (unless the expansion is explicit) for any units of a split pool.
        var open: [(resource: Int, count: Int)] = []
    }

    let original: SchedulingProblem
    /// The project the solvers see: no named units, split pools' units as resources.
    let expanded: SchedulingProblem
    /// `origins[activity][expandedMode]`.
    let origins: [[Origin]]
    /// Whether each pool of the original problem is split into its units.
    let isSplit: [Bool]

    init(_ problem: SchedulingProblem, explicit: Bool = false) throws(Failure) {
        original = problem
        var split = [Bool](repeating: false, count: problem.resources.count)
        for activity in problem.activities {
            for mode in activity.modes {
                for choice in mode.unitChoices
                where choice.eligible.count < problem.resources[choice.resource].units.count {
                    split[choice.resource] = true
                }
            }
        }
        var resources = problem.resources.map { resource in
            var anonymous = resource
            anonymous.units = []
            return anonymous
        }
        // unitResource[pool][unit]: the resource standing for one unit of a split pool.
        var unitResource = [[Int]](repeating: [], count: problem.resources.count)
        for (pool, resource) in problem.resources.enumerated() where split[pool] {
            for unit in resource.units {
                unitResource[pool].append(resources.count)
                resources.append(Resource(name: "\(resource.name)/\(unit.name)", capacity: 1))
            }
        }
        var activities: [Activity] = []
        var origins: [[Origin]] = []
        for (index, activity) in problem.activities.enumerated() {
            var modes: [Mode] = []
            var modeOrigins: [Origin] = []
            for (modeIndex, mode) in activity.modes.enumerated() {
                var variants = [
                    (
                        mode: Mode(
                            duration: mode.duration,
                            demands: mode.demands
                                + [Int](
                                    repeating: 0, count: resources.count - mode.demands.count)),
                        assignments: [UnitAllocation.Assignment](),
                        open: [(resource: Int, count: Int)]()
                    )
                ]
                for pool in problem.resources.indices
                where !problem.resources[pool].units.isEmpty && mode.demands[pool] > 0 {
                    let eligible = mode.eligibleUnits(
                        of: pool, unitCount: problem.resources[pool].units.count)
                    let demand = mode.demands[pool]
                    let name = problem.resources[pool].name
                    let restricted = eligible.count < problem.resources[pool].units.count
                    if !split[pool] || !explicit && !restricted {
                        for index in variants.indices {
                            variants[index].open.append((pool, demand))
                        }
                        continue
                    }
                    guard demand <= eligible.count else {
                        throw Failure(
                            activity: index,
                            message: "needs \(demand) units of '\(name)' but only "
                                + "\(eligible.count) are eligible")
                    }
                    let limit = (Self.maximumModes - modes.count) / variants.count
                    guard
                        UnitCombinations.count(choosing: demand, of: eligible.count, limit: limit)
                            != nil
                    else {
                        throw Failure(
                            activity: index,
                            message: "choosing \(demand) of \(eligible.count) units of '\(name)' "
                                + "gives more than \(Self.maximumModes) modes")
                    }
                    let combinations = UnitCombinations.all(choosing: demand, of: eligible)
                    variants = variants.flatMap { variant in
                        combinations.map { units in
                            var next = variant
                            for unit in units { next.mode.demands[unitResource[pool][unit]] = 1 }
                            next.assignments.append(
                                UnitAllocation.Assignment(resource: pool, units: units))
                            return next
                        }
                    }
                }
                modes += variants.map(\.mode)
                modeOrigins += variants.map {
                    Origin(mode: modeIndex, assignments: $0.assignments, open: $0.open)
                }
            }
            var expandedActivity = activity
            expandedActivity.modes = modes
            activities.append(expandedActivity)
            origins.append(modeOrigins)
        }
        expanded = SchedulingProblem(
            name: problem.name, activities: activities, resources: resources,
            precedences: problem.precedences, objective: problem.objective)
        self.origins = origins
        isSplit = split
    }

    /// `schedule` of the expanded project as a schedule of the original one.
    func originalSchedule(_ schedule: Schedule) -> Schedule {
        Schedule(
            modes: schedule.modes.indices.map { origins[$0][schedule.modes[$0]].mode },
            starts: schedule.starts)
    }

    /// Whether some mode leaves the units of a split pool to be assigned after scheduling.
    var hasOpenDemandsOnSplitPools: Bool {
        origins.joined().contains { origin in origin.open.contains { isSplit[$0.resource] } }
    }

    /// The units of every named pool for `schedule` of the expanded project: read from the
    /// modes on split pools, by ``LeftEdgeAllocator`` on the others, and for open demands by
    /// an ``IntervalAssignment`` (greedy, then exact with `solver` within `seconds`). `nil`
    /// when an open demand finds no units (or the solver no answer), or a pool is overloaded
    /// (never for a valid schedule).
    func allocation(
        for schedule: Schedule, solver: (any MILPSolver)?, seconds: Double
    ) async -> UnitAllocation? {
        let chosen = schedule.modes.indices.map { origins[$0][schedule.modes[$0]] }
        var assignments = chosen.map(\.assignments)
        for (pool, resource) in original.resources.enumerated() where !resource.units.isEmpty {
            let requests = chosen.indices.flatMap { activity in
                chosen[activity].open.filter { $0.resource == pool }.map { (activity, $0.count) }
            }
            let intervals = requests.map { activity, count in
                IntervalAssignment.Request(
                    start: schedule.starts[activity],
                    finish: schedule.finish(of: activity, in: expanded), count: count)
            }
            let units: [[Int]]?
            if !isSplit[pool] {
                units = LeftEdgeAllocator.allocate(
                    intervals.map { ($0.start, $0.finish, $0.count) },
                    unitCount: resource.units.count)
            } else {
                guard !requests.isEmpty else { continue }
                var busy = [[(start: Int, finish: Int)]](repeating: [], count: resource.units.count)
                for activity in assignments.indices {
                    let start = schedule.starts[activity]
                    let finish = schedule.finish(of: activity, in: expanded)
                    for assignment in assignments[activity]
                    where assignment.resource == pool && finish > start {
                        for unit in assignment.units { busy[unit].append((start, finish)) }
                    }
                }
                let problem = IntervalAssignment(
                    unitCount: resource.units.count, busy: busy, requests: intervals)
                var found = problem.greedy()
                if found == nil, let solver {
                    found = await problem.solve(with: solver, seconds: seconds)
                }
                units = found
            }
            guard let units else { return nil }
            for ((activity, _), chosenUnits) in zip(requests, units) {
                assignments[activity].append(
                    UnitAllocation.Assignment(resource: pool, units: chosenUnits))
            }
        }
        return UnitAllocation(
            assignments: assignments.map { $0.sorted { $0.resource < $1.resource } })
    }
}
