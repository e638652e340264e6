import HeapModule

/// The serial schedule-generation scheme (Kelley 1963; Kolisch 1996): activities are taken
/// one by one, the eligible one with the best priority first, and each starts at the earliest
/// time that respects its scheduled predecessors, its release date and every renewable
/// capacity.
///
/// One schedule costs O(n log n + n·P + n·d·K) for n activities, P precedences, duration d
/// and K renewable resources. Running it on the reversed network gives right-justified
/// schedules for forward-backward improvement. Maximum lags and deadlines are not enforced
/// here; callers validate.
final class SerialScheduleGenerator {
    let network: ProjectNetwork
    private var usage: [Int]
    private var horizonCapacity: Int

    init(network: ProjectNetwork) {
        self.network = network
        horizonCapacity = max(16, network.trivialHorizon + 1)
        usage = []
    }

    private struct Entry: Comparable {
        var priority: Double
        var activity: Int
        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.priority, lhs.activity) < (rhs.priority, rhs.activity)
        }
    }

    /// Start times for `modes`, taking eligible activities by increasing `priority`.
    /// With `reversed`, successors act as predecessors and the result is a mirrored schedule
    /// (see ``ForwardBackwardImprovement``); release dates are then ignored.
    func schedule(priority: [Double], modes: [Int], reversed: Bool = false) -> [Int] {
        let count = network.activityCount
        let renewable = network.renewable
        let stride = horizonCapacity
        usage = [Int](repeating: 0, count: renewable.count * stride)
        let before = reversed ? network.successors : network.predecessors
        let after = reversed ? network.predecessors : network.successors
        var remaining = before.map(\.count)
        var starts = [Int](repeating: 0, count: count)
        var heap = Heap<Entry>()
        for activity in 0..<count where remaining[activity] == 0 {
            heap.insert(Entry(priority: priority[activity], activity: activity))
        }
        while let next = heap.popMin() {
            let activity = next.activity
            let duration = network.duration(activity, modes[activity])
            var time = reversed ? 0 : network.problem.activities[activity].releaseDate
            for arc in before[activity] {
                let other = arc.activity
                let otherDuration = network.duration(other, modes[other])
                // Forward: S_a ≥ S_p + d_p + lag. Reversed (mirrored times): r_p ≥ r_a + d_a + lag,
                // so r_a ≥ r_s + d_s + lag for each original successor s.
                time = max(time, starts[other] + otherDuration + arc.lag)
            }
            time = max(time, 0)
            let flat = network.flatMode(activity, modes[activity])
            time = earliestFeasible(from: time, duration: duration, flatMode: flat)
            place(at: time, duration: duration, flatMode: flat, sign: 1)
            starts[activity] = time
            for arc in after[activity] {
                remaining[arc.activity] -= 1
                if remaining[arc.activity] == 0 {
                    heap.insert(Entry(priority: priority[arc.activity], activity: arc.activity))
                }
            }
        }
        return starts
    }

    private func earliestFeasible(from start: Int, duration: Int, flatMode: Int) -> Int {
        let renewable = network.renewable
        let base = flatMode * network.resourceCount
        var time = start
        var conflict = true
        while conflict {
            conflict = false
            ensureCapacity(time + duration + 1)
            for (slot, resource) in renewable.enumerated() {
                let demand = network.modeDemand[base + resource]
                if demand == 0 { continue }
                let limit = network.capacity[resource] - demand
                let row = slot * horizonCapacity
                var instant = time + duration - 1
                while instant >= time {
                    if usage[row + instant] > limit { break }
                    instant -= 1
                }
                if instant >= time {
                    time = instant + 1
                    conflict = true
                    break
                }
            }
        }
        return time
    }

    private func place(at start: Int, duration: Int, flatMode: Int, sign: Int) {
        let base = flatMode * network.resourceCount
        for (slot, resource) in network.renewable.enumerated() {
            let demand = network.modeDemand[base + resource]
            if demand == 0 { continue }
            let row = slot * horizonCapacity
            for instant in start..<(start + duration) { usage[row + instant] += sign * demand }
        }
    }

    /// Grows the usage profile (doubling) so that times below `time` fit.
    private func ensureCapacity(_ time: Int) {
        guard time >= horizonCapacity else { return }
        var newCapacity = horizonCapacity
        while newCapacity <= time { newCapacity *= 2 }
        let slots = network.renewable.count
        var grown = [Int](repeating: 0, count: slots * newCapacity)
        for slot in 0..<slots {
            for instant in 0..<horizonCapacity {
                grown[slot * newCapacity + instant] = usage[slot * horizonCapacity + instant]
            }
        }
        usage = grown
        horizonCapacity = newCapacity
    }
}
