public import Optimization

/// The time-indexed MILP of a ``SchedulingProblem`` (Pritsker, Watters & Wolfe 1969) with
/// disaggregated (step) precedences (Christofides, Alvarez-Valdés & Tamarit 1987), built as a
/// solver-independent ``LinearModel``.
///
/// `x[i,m,t] = 1` iff activity `i` starts in mode `m` at time `t`; `t` ranges only over the
/// window from the critical-path head (release dates, shortest modes) to the horizon minus
/// the tail. Rows: one mode-and-start per activity; for each precedence and time `t`,
/// "the successor has started by `t`" ≤ "the predecessor started by `t − d − lag`" (and the
/// maximum-lag counterpart); renewable capacity per period; non-renewable budgets; deadlines
/// through the windows. Objective: makespan `C ≥ finish` of every activity, total weighted
/// tardiness, or resource cost.
///
/// Size O(n·M·H) variables and O((P + K)·H) rows for horizon H.
public struct TimeIndexedFormulation: Sendable {
    /// The problem formulated.
    public let problem: SchedulingProblem
    /// Latest finish considered; a schedule of this makespan must exist for optimality to
    /// carry over (pass the incumbent's makespan).
    public let horizon: Int

    /// Index of `x[i,m,t]` in the model: `variableOffset[flatMode] + (t − windowStart[i])`.
    private let windowStart: [Int]
    private let windowEnd: [Int]

    /// A formulation with `horizon` or, by default, a horizon no optimal schedule exceeds.
    public init(problem: SchedulingProblem, horizon: Int? = nil) {
        self.problem = problem
        let network = ProjectNetwork(problem)
        let limit = horizon ?? network.trivialHorizon
        self.horizon = limit
        let shortest = (0..<network.activityCount).map { activity in
            (0..<network.modeCount(activity)).map { network.duration(activity, $0) }.min() ?? 0
        }
        let times = CriticalPathTimes(network: network, duration: { shortest[$0] })
        let slack = limit - times.length
        windowStart = times.earliestStart
        windowEnd = (0..<network.activityCount).map { activity in
            times.latestFinish[activity] + slack - shortest[activity]
        }
    }

    /// The latest start of `activity` in `mode`: window, horizon and deadline.
    private func lastStart(_ activity: Int, _ mode: Int) -> Int {
        let duration = problem.activities[activity].modes[mode].duration
        let deadline = problem.activities[activity].deadline.map { $0 - duration } ?? Int.max
        return min(windowEnd[activity], horizon - duration, deadline)
    }

    /// The variables of activity `activity` in `mode`: (column, start time) pairs.
    private func columns(
        _ activity: Int, _ mode: Int, offsets: [[Int]]
    ) -> some Sequence<(column: Int, time: Int)> {
        let last = lastStart(activity, mode)
        let first = windowStart[activity]
        let base = offsets[activity][mode]
        return (first...max(first, last)).lazy.filter { $0 <= last }.map { (base + $0 - first, $0) }
    }

    /// The first column of each activity's mode, and the number of x columns.
    private func variableOffsets() -> (offsets: [[Int]], count: Int) {
        var offsets: [[Int]] = []
        var next = 0
        for (index, activity) in problem.activities.enumerated() {
            var perMode: [Int] = []
            for mode in activity.modes.indices {
                perMode.append(next)
                next += max(0, lastStart(index, mode) - windowStart[index] + 1)
            }
            offsets.append(perMode)
        }
        return (offsets, next)
    }

    /// The number of start variables `x` the model has, computed without building it:
    /// O(n·M). Callers check it first, since the model grows with the horizon.
    public var startVariableCount: Int { variableOffsets().count }

    /// The model; with `relaxed`, the x variables are continuous in [0, 1] (the LP relaxation).
    public func model(relaxed: Bool = false) throws(ModelError) -> LinearModel {
        var model = LinearModel(name: "time_indexed")
        let kind: VariableKind = relaxed ? .continuous : .binary
        let offsets = variableOffsets().offsets
        for (index, activity) in problem.activities.enumerated() {
            for modeIndex in activity.modes.indices {
                let last = lastStart(index, modeIndex)
                guard last >= windowStart[index] else { continue }
                for time in windowStart[index]...last {
                    try model.addVariable(
                        "x_\(index + 1)_\(modeIndex + 1)_\(time)", kind: kind, lowerBound: 0,
                        upperBound: 1,
                        objective: problem.objective == .resourceCost
                            ? Double(problem.modeCost(activity: index, mode: modeIndex)) : 0)
                }
            }
        }
        for index in problem.activities.indices {
            var indices: [Int] = []
            for mode in problem.activities[index].modes.indices {
                indices += columns(index, mode, offsets: offsets).map(\.column)
            }
            try model.addConstraint(
                variables: indices, coefficients: indices.map { _ in 1.0 }, .equal(1),
                name: "once_\(index + 1)")
        }
        try addPrecedences(to: &model, offsets: offsets)
        try addResources(to: &model, offsets: offsets)
        try addObjective(to: &model, offsets: offsets)
        return model
    }

    /// The schedule encoded by a (integral) solution of ``model(relaxed:)``.
    public func schedule(from values: [Double]) -> Schedule? {
        let offsets = variableOffsets().offsets
        var modes: [Int] = []
        var starts: [Int] = []
        for index in problem.activities.indices {
            var found: (Int, Int)?
            for mode in problem.activities[index].modes.indices {
                for (column, time) in columns(index, mode, offsets: offsets)
                where column < values.count && values[column] > 0.5 {
                    found = (mode, time)
                }
            }
            guard let (mode, time) = found else { return nil }
            modes.append(mode)
            starts.append(time)
        }
        return Schedule(modes: modes, starts: starts)
    }

    /// The values of ``model(relaxed:)``'s variables for `schedule` (a warm start), or `nil`
    /// when the schedule lies outside the windows.
    public func values(for schedule: Schedule, in model: LinearModel) -> [Double]? {
        var values = [Double](repeating: 0, count: model.variableCount)
        let (offsets, next) = variableOffsets()
        for index in problem.activities.indices {
            let mode = schedule.modes[index]
            guard
                let column = columns(index, mode, offsets: offsets).first(where: {
                    $0.time == schedule.starts[index]
                })?.column
            else { return nil }
            values[column] = 1
        }
        // Auxiliary columns (makespan, tardiness) follow the x columns.
        var auxiliary = next
        switch problem.objective {
        case .makespan:
            values[auxiliary] = Double(schedule.makespan(in: problem))
        case .totalWeightedTardiness:
            for (index, activity) in problem.activities.enumerated() {
                guard let due = activity.dueDate else { continue }
                values[auxiliary] = Double(max(0, schedule.finish(of: index, in: problem) - due))
                auxiliary += 1
            }
        case .resourceCost:
            break
        }
        return values
    }

    private func addPrecedences(to model: inout LinearModel, offsets: [[Int]]) throws(ModelError) {
        for (number, precedence) in problem.precedences.enumerated() {
            let before = precedence.predecessor
            let after = precedence.successor
            for time in windowStart[after]...max(windowStart[after], horizon) {
                // Started(after, ≤ t) ≤ Σ_m Started(before in m, ≤ t − d_m − lag).
                var indices: [Int] = []
                var values: [Double] = []
                for mode in problem.activities[after].modes.indices {
                    for (column, start) in columns(after, mode, offsets: offsets)
                    where start <= time {
                        indices.append(column)
                        values.append(1)
                    }
                }
                guard !indices.isEmpty else { continue }
                for (mode, spec) in problem.activities[before].modes.enumerated() {
                    for (column, start) in columns(before, mode, offsets: offsets)
                    where start <= time - spec.duration - precedence.minimumLag {
                        indices.append(column)
                        values.append(-1)
                    }
                }
                try model.addConstraint(
                    variables: indices, coefficients: values, .lessOrEqual(0),
                    name: "prec_\(number + 1)_\(time)")
            }
            guard let maximumLag = precedence.maximumLag else { continue }
            // S_after ≤ F_before + L: Σ t·x_after − Σ (t + d)·x_before ≤ L.
            var indices: [Int] = []
            var values: [Double] = []
            for mode in problem.activities[after].modes.indices {
                for (column, start) in columns(after, mode, offsets: offsets) {
                    indices.append(column)
                    values.append(Double(start))
                }
            }
            for (mode, spec) in problem.activities[before].modes.enumerated() {
                for (column, start) in columns(before, mode, offsets: offsets) {
                    indices.append(column)
                    values.append(-Double(start + spec.duration))
                }
            }
            try model.addConstraint(
                variables: indices, coefficients: values, .lessOrEqual(Double(maximumLag)),
                name: "maxlag_\(number + 1)")
        }
    }

    private func addResources(to model: inout LinearModel, offsets: [[Int]]) throws(ModelError) {
        for (resourceIndex, resource) in problem.resources.enumerated() {
            if resource.kind == .nonRenewable {
                var indices: [Int] = []
                var values: [Double] = []
                for (index, activity) in problem.activities.enumerated() {
                    for (mode, spec) in activity.modes.enumerated()
                    where spec.demands[resourceIndex] > 0 {
                        for (column, _) in columns(index, mode, offsets: offsets) {
                            indices.append(column)
                            values.append(Double(spec.demands[resourceIndex]))
                        }
                    }
                }
                try model.addConstraint(
                    variables: indices, coefficients: values,
                    .lessOrEqual(Double(resource.capacity)),
                    name: "budget_\(resourceIndex + 1)")
                continue
            }
            var byTime = [[(Int, Double)]](repeating: [], count: horizon + 1)
            for (index, activity) in problem.activities.enumerated() {
                for (mode, spec) in activity.modes.enumerated()
                where spec.demands[resourceIndex] > 0 {
                    for (column, start) in columns(index, mode, offsets: offsets) {
                        for time in start..<min(horizon, start + spec.duration) {
                            byTime[time].append((column, Double(spec.demands[resourceIndex])))
                        }
                    }
                }
            }
            for (time, entries) in byTime.enumerated() where !entries.isEmpty {
                let total = entries.reduce(0) { $0 + $1.1 }
                guard total > Double(resource.capacity) else { continue }
                try model.addConstraint(
                    variables: entries.map(\.0), coefficients: entries.map(\.1),
                    .lessOrEqual(Double(resource.capacity)),
                    name: "cap_\(resourceIndex + 1)_\(time)")
            }
        }
    }

    private func addObjective(to model: inout LinearModel, offsets: [[Int]]) throws(ModelError) {
        switch problem.objective {
        case .resourceCost:
            return
        case .makespan:
            let makespan = try model.addVariable(
                "makespan", lowerBound: 0, upperBound: Double(horizon), objective: 1)
            for (index, activity) in problem.activities.enumerated() {
                var indices = [makespan.index]
                var values = [1.0]
                for (mode, spec) in activity.modes.enumerated() {
                    for (column, start) in columns(index, mode, offsets: offsets) {
                        indices.append(column)
                        values.append(-Double(start + spec.duration))
                    }
                }
                try model.addConstraint(
                    variables: indices, coefficients: values, .greaterOrEqual(0),
                    name: "end_\(index + 1)")
            }
        case .totalWeightedTardiness:
            for (index, activity) in problem.activities.enumerated() {
                guard let due = activity.dueDate else { continue }
                let late = try model.addVariable(
                    "late_\(index + 1)", lowerBound: 0, objective: Double(activity.tardinessWeight))
                var indices = [late.index]
                var values = [1.0]
                for (mode, spec) in activity.modes.enumerated() {
                    for (column, start) in columns(index, mode, offsets: offsets) {
                        indices.append(column)
                        values.append(-Double(start + spec.duration))
                    }
                }
                try model.addConstraint(
                    variables: indices, coefficients: values, .greaterOrEqual(-Double(due)),
                    name: "late_\(index + 1)")
            }
        }
    }
}
