/// One way of executing an activity: a duration and a demand on every resource.
public struct Mode: Sendable, Hashable, Codable {
    public var duration: Int
    /// Units demanded of each resource, indexed like ``SchedulingProblem/resources``.
    public var demands: [Int]

    public init(duration: Int, demands: [Int]) {
        self.duration = duration
        self.demands = demands
    }
}
