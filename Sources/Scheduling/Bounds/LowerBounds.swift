/// Simple lower bounds on the makespan.
///
/// * Critical path with the shortest mode of each activity (Kelley & Walker 1959).
/// * Resource (energy) bound: per renewable resource, the least total energy
///   Σ min over modes (duration × demand) divided by the capacity, rounded up.
///
/// Both cost O(n·M·K + P).
enum LowerBounds {
    static func makespan(network: ProjectNetwork) -> Int {
        let shortest = (0..<network.activityCount).map { activity in
            (0..<network.modeCount(activity)).map { network.duration(activity, $0) }.min() ?? 0
        }
        var bound = CriticalPathTimes(network: network, duration: { shortest[$0] }).length
        for resource in network.renewable where network.capacity[resource] > 0 {
            var energy = 0
            for activity in 0..<network.activityCount {
                energy += (0..<network.modeCount(activity)).map {
                    network.duration(activity, $0) * network.demand(activity, $0, resource)
                }.min() ?? 0
            }
            let capacity = network.capacity[resource]
            bound = max(bound, (energy + capacity - 1) / capacity)
        }
        return bound
    }
}
