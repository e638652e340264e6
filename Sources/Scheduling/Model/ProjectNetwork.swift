/// The dense form of a ``SchedulingProblem`` that the algorithms work on: flat mode tables,
/// renewable and non-renewable resource lists, precedence arcs by activity, a topological
/// order, and heads from a critical-path pass.
///
/// Building it costs O(n·M·K + P) for n activities, M modes, K resources, P precedences.
struct ProjectNetwork: Sendable {
    let problem: SchedulingProblem
    let activityCount: Int
    let resourceCount: Int
    /// Modes of activity `i` are `modeOffset[i] ..< modeOffset[i + 1]` in the flat tables.
    let modeOffset: [Int]
    let modeDuration: [Int]
    /// Demand of flat mode `m` on resource `k` is `modeDemand[m * resourceCount + k]`.
    let modeDemand: [Int]
    let renewable: [Int]
    let nonRenewable: [Int]
    let capacity: [Int]
    /// Minimum-lag predecessors of each activity: (predecessor, lag).
    let predecessors: [[(activity: Int, lag: Int)]]
    /// Minimum-lag successors of each activity: (successor, lag).
    let successors: [[(activity: Int, lag: Int)]]
    /// Activities in an order compatible with the minimum-lag precedences, or `nil` when
    /// they form a cycle.
    let topologicalOrder: [Int]?
    /// Whether a problem feature (maximum lag, deadline) can make a serial schedule invalid.
    let hasHardTimeWindows: Bool
    let hasReleaseDates: Bool

    init(_ problem: SchedulingProblem) {
        self.problem = problem
        activityCount = problem.activities.count
        resourceCount = problem.resources.count
        var offsets = [0]
        var durations: [Int] = []
        var demands: [Int] = []
        for activity in problem.activities {
            for mode in activity.modes {
                durations.append(mode.duration)
                demands += mode.demands
            }
            offsets.append(durations.count)
        }
        modeOffset = offsets
        modeDuration = durations
        modeDemand = demands
        renewable = problem.resources.indices.filter { problem.resources[$0].kind == .renewable }
        nonRenewable = problem.resources.indices.filter { problem.resources[$0].kind == .nonRenewable }
        capacity = problem.resources.map(\.capacity)
        var predecessorLists = [[(activity: Int, lag: Int)]](repeating: [], count: activityCount)
        var successorLists = [[(activity: Int, lag: Int)]](repeating: [], count: activityCount)
        for precedence in problem.precedences {
            predecessorLists[precedence.successor].append((precedence.predecessor, precedence.minimumLag))
            successorLists[precedence.predecessor].append((precedence.successor, precedence.minimumLag))
        }
        predecessors = predecessorLists
        successors = successorLists
        topologicalOrder = Self.topologicalOrder(successorLists)
        hasHardTimeWindows =
            problem.precedences.contains { $0.maximumLag != nil }
            || problem.activities.contains { $0.deadline != nil }
        hasReleaseDates = problem.activities.contains { $0.releaseDate > 0 }
    }

    /// Flat index of mode `mode` of `activity`.
    func flatMode(_ activity: Int, _ mode: Int) -> Int { modeOffset[activity] + mode }

    func modeCount(_ activity: Int) -> Int { modeOffset[activity + 1] - modeOffset[activity] }

    func duration(_ activity: Int, _ mode: Int) -> Int { modeDuration[modeOffset[activity] + mode] }

    func demand(_ activity: Int, _ mode: Int, _ resource: Int) -> Int {
        modeDemand[(modeOffset[activity] + mode) * resourceCount + resource]
    }

    /// An upper bound on the makespan of any left-justified schedule: releases, durations
    /// and positive lags all in sequence.
    var trivialHorizon: Int {
        var total = problem.activities.map(\.releaseDate).max() ?? 0
        for activity in 0..<activityCount {
            total += (0..<modeCount(activity)).map { duration(activity, $0) }.max() ?? 0
        }
        for precedence in problem.precedences { total += max(0, precedence.minimumLag) }
        return total
    }

    /// Kahn's algorithm, O(n + P).
    private static func topologicalOrder(_ successors: [[(activity: Int, lag: Int)]]) -> [Int]? {
        var indegree = [Int](repeating: 0, count: successors.count)
        for list in successors { for arc in list { indegree[arc.activity] += 1 } }
        var order = indegree.indices.filter { indegree[$0] == 0 }
        var head = 0
        while head < order.count {
            for arc in successors[order[head]] {
                indegree[arc.activity] -= 1
                if indegree[arc.activity] == 0 { order.append(arc.activity) }
            }
            head += 1
        }
        return order.count == successors.count ? order : nil
    }
}
