/// Priority rules for schedule-generation schemes (Kolisch 1996; Kolisch & Hartmann 1999):
/// each gives a value per activity, and smaller values are scheduled first.
enum PriorityRule: CaseIterable, Sendable {
    /// Latest finish time from a backward critical-path pass.
    case latestFinish
    /// Latest start time.
    case latestStart
    /// Most total successors (transitive).
    case mostTotalSuccessors
    /// Greatest rank positional weight: own duration plus immediate successors' durations.
    case greatestRankPositionalWeight
    /// Shortest processing time.
    case shortestProcessingTime
    /// Earliest due date, then latest finish.
    case earliestDueDate

    /// The priority value of each activity; O(n + P), or O(n·P) for total successors.
    func values(network: ProjectNetwork, modes: [Int], times: CriticalPathTimes) -> [Double] {
        let count = network.activityCount
        switch self {
        case .latestFinish:
            return (0..<count).map { Double(times.latestFinish[$0]) }
        case .latestStart:
            return (0..<count).map { Double(times.latestFinish[$0] - network.duration($0, modes[$0])) }
        case .mostTotalSuccessors:
            return Self.totalSuccessorCounts(network).map { -Double($0) }
        case .greatestRankPositionalWeight:
            return (0..<count).map { activity in
                let own = network.duration(activity, modes[activity])
                let following = network.successors[activity].reduce(0) {
                    $0 + network.duration($1.activity, modes[$1.activity])
                }
                return -Double(own + following)
            }
        case .shortestProcessingTime:
            return (0..<count).map { Double(network.duration($0, modes[$0])) }
        case .earliestDueDate:
            let scale = Double(times.latestFinish.max() ?? 0) + 1
            return (0..<count).map { activity in
                let due = network.problem.activities[activity].dueDate.map(Double.init) ?? scale
                return due * scale + Double(times.latestFinish[activity])
            }
        }
    }

    private static func totalSuccessorCounts(_ network: ProjectNetwork) -> [Int] {
        guard let order = network.topologicalOrder else {
            return network.successors.map(\.count)
        }
        let words = (network.activityCount + 63) / 64
        var reach = [[UInt64]](repeating: [UInt64](repeating: 0, count: words), count: network.activityCount)
        for activity in order.reversed() {
            for arc in network.successors[activity] {
                reach[activity][arc.activity / 64] |= 1 << UInt64(arc.activity % 64)
                for word in 0..<words { reach[activity][word] |= reach[arc.activity][word] }
            }
        }
        return reach.map { $0.reduce(0) { $0 + $1.nonzeroBitCount } }
    }
}
