/// A solution: the mode and start time of every activity.
public struct Schedule: Sendable, Hashable {
    /// Index of the chosen mode of each activity.
    public var modes: [Int]
    /// Start time of each activity.
    public var starts: [Int]

    /// A schedule running activity `i` in mode `modes[i]` from `starts[i]`.
    public init(modes: [Int], starts: [Int]) {
        self.modes = modes
        self.starts = starts
    }

    /// Finish time of activity `activity` in `problem`.
    public func finish(of activity: Int, in problem: SchedulingProblem) -> Int {
        starts[activity] + problem.activities[activity].modes[modes[activity]].duration
    }

    /// The latest finish time of any activity (0 for an empty project).
    public func makespan(in problem: SchedulingProblem) -> Int {
        problem.activities.indices.reduce(0) { max($0, finish(of: $1, in: problem)) }
    }
}
