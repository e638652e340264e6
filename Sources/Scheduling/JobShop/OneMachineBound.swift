/// The one-machine preemptive lower bound on the makespan (Carlier 1982; Carlier & Pinson
/// 1989): for each machine, the operations with their heads and tails over the conjunctive
/// arcs form a problem 1 | r_j, q_j, pmtn | max(C_j + q_j), solved exactly by Jackson's
/// preemptive schedule (always run the released operation with the largest tail). The best
/// value over all machines bounds the makespan of every schedule.
///
/// O(Σ k_m²) for k_m operations on machine m (linear scans instead of a heap: machines hold
/// at most a few hundred operations).
enum OneMachineBound {
    static func makespan(graph: DisjunctiveGraph) -> Int {
        let heads = graph.conjunctiveHeads()
        let tails = graph.conjunctiveTails()
        var bound = 0
        for operation in 0..<graph.operationCount {
            bound = max(bound, heads[operation] + graph.duration[operation] + tails[operation])
        }
        for machine in 0..<graph.machineCount {
            let members = graph.members(of: machine).sorted { heads[$0] < heads[$1] }
            bound = max(
                bound, jackson(members, heads: heads, durations: graph.duration, tails: tails))
        }
        return bound
    }

    /// The value of Jackson's preemptive schedule of `operations`, sorted by head, with the
    /// given heads, durations and tails (indexed by operation).
    static func jackson(
        _ operations: [Int], heads: [Int], durations: [Int], tails: [Int]
    ) -> Int {
        var remaining = operations.map { durations[$0] }
        var ready: [Int] = []  // indices into `operations`
        var next = 0
        var time = 0
        var value = 0
        while next < operations.count || !ready.isEmpty {
            if ready.isEmpty { time = max(time, heads[operations[next]]) }
            while next < operations.count, heads[operations[next]] <= time {
                ready.append(next)
                next += 1
            }
            var pick = 0
            for index in ready.indices
            where tails[operations[ready[index]]] > tails[operations[ready[pick]]] {
                pick = index
            }
            let chosen = ready[pick]
            let release = next < operations.count ? heads[operations[next]] : Int.max
            let run = min(remaining[chosen], release - time)
            time += run
            remaining[chosen] -= run
            if remaining[chosen] == 0 {
                value = max(value, time + tails[operations[chosen]])
                ready.remove(at: pick)
            }
        }
        return value
    }
}
