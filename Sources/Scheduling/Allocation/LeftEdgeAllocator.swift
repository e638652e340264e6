/// Assigns the units of a pool of interchangeable units to a fixed schedule that respects
/// the pool's capacity: activities in order of start, each takes the lowest-numbered units
/// that are free at its start. This is the left-edge algorithm for interval graphs
/// (Hashimoto & Stevens 1971), exact here: when an activity starts, the units still held
/// are those of activities running at that instant, at most capacity − demand of them.
///
/// O(n log n + n·u) for n activities on a pool of u units.
enum LeftEdgeAllocator {
    /// The units given to each activity of `activities` (pairs of start, finish and
    /// demand), in the same order; `nil` when the schedule overloads the pool.
    static func allocate(
        _ activities: [(start: Int, finish: Int, demand: Int)], unitCount: Int
    ) -> [[Int]]? {
        var busyUntil = [Int](repeating: Int.min, count: unitCount)
        var result = [[Int]](repeating: [], count: activities.count)
        let order = activities.indices.sorted {
            (activities[$0].start, $0) < (activities[$1].start, $1)
        }
        for index in order {
            let activity = activities[index]
            let free = (0..<unitCount).filter { busyUntil[$0] <= activity.start }
            if activity.finish == activity.start {
                // Holds its units for no time at all: any units do, none is reserved.
                let others = (0..<unitCount).filter { busyUntil[$0] > activity.start }
                result[index] = Array((free + others).prefix(activity.demand)).sorted()
                continue
            }
            guard free.count >= activity.demand else { return nil }
            let taken = Array(free.prefix(activity.demand))
            for unit in taken { busyUntil[unit] = activity.finish }
            result[index] = taken
        }
        return result
    }
}
