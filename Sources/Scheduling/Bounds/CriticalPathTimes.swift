/// Earliest starts and latest finishes from a critical-path pass over the minimum-lag
/// precedences (Kelley & Walker 1959), ignoring resources.
///
/// O(n + P) on an acyclic network; O(n·P) relaxation when lags form cycles.
struct CriticalPathTimes: Sendable {
    /// Earliest start of each activity.
    let earliestStart: [Int]
    /// Latest finish of each activity when the project ends at ``length``.
    let latestFinish: [Int]
    /// The critical-path length: the largest earliest finish.
    let length: Int

    /// Times with the duration of each activity given by `duration(activity)`.
    init(network: ProjectNetwork, duration: (Int) -> Int) {
        let count = network.activityCount
        var early = network.problem.activities.map(\.releaseDate)
        let order = network.topologicalOrder ?? Array(0..<count)
        let rounds = network.topologicalOrder == nil ? count : 1
        for _ in 0..<rounds {
            for activity in order {
                for arc in network.successors[activity] {
                    early[arc.activity] = max(early[arc.activity], early[activity] + duration(activity) + arc.lag)
                }
            }
        }
        let length = (0..<count).reduce(0) { max($0, early[$1] + duration($1)) }
        var late = [Int](repeating: length, count: count)
        for _ in 0..<rounds {
            for activity in order.reversed() {
                for arc in network.successors[activity] {
                    late[activity] = min(
                        late[activity], late[arc.activity] - duration(arc.activity) - arc.lag)
                }
            }
        }
        earliestStart = early
        latestFinish = late
        self.length = length
    }
}
