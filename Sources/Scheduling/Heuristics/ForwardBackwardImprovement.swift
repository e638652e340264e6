/// Forward-backward improvement, or double justification (Li & Willis 1992; Valls, Ballestín
/// & Quintanilla 2005): schedule right-justified in order of decreasing finish times, then
/// left-justified in order of increasing start times of that schedule, and repeat while the
/// makespan shrinks. Never makes a schedule longer.
///
/// Each round costs two serial passes, O(n log n + n·d·K).
struct ForwardBackwardImprovement {
    let generator: SerialScheduleGenerator

    /// The improved start times of `starts` (the same `modes`).
    func improve(starts: [Int], modes: [Int], maximumRounds: Int = 8) -> [Int] {
        let network = generator.network
        var best = starts
        var bestMakespan = makespan(best, modes)
        for _ in 0..<maximumRounds {
            let backwardPriority = (0..<network.activityCount).map {
                -Double(best[$0] + network.duration($0, modes[$0]))
            }
            let mirrored = generator.schedule(priority: backwardPriority, modes: modes, reversed: true)
            let forwardPriority = (0..<network.activityCount).map {
                -Double(mirrored[$0] + network.duration($0, modes[$0]))
            }
            let forward = generator.schedule(priority: forwardPriority, modes: modes)
            let length = makespan(forward, modes)
            guard length < bestMakespan else { break }
            best = forward
            bestMakespan = length
        }
        return best
    }

    func makespan(_ starts: [Int], _ modes: [Int]) -> Int {
        starts.indices.reduce(0) { max($0, starts[$1] + generator.network.duration($1, modes[$1])) }
    }
}
