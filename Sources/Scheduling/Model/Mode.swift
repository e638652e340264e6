/// One way of executing an activity: a duration and a demand on every resource.
public struct Mode: Sendable, Hashable, Codable {
    /// Time units from start to finish.
    public var duration: Int
    /// Units demanded of each resource, indexed like ``SchedulingProblem/resources``.
    public var demands: [Int]
    /// The units that may serve the demands on named pools, where not any unit may.
    public var unitChoices: [UnitChoice]

    /// A mode of `duration` demanding `demands[k]` of resource `k`.
    public init(duration: Int, demands: [Int], unitChoices: [UnitChoice] = []) {
        self.duration = duration
        self.demands = demands
        self.unitChoices = unitChoices
    }

    /// The units of `resource` (a pool of `unitCount` named units) that may serve this mode.
    public func eligibleUnits(of resource: Int, unitCount: Int) -> [Int] {
        unitChoices.first { $0.resource == resource }?.eligible ?? Array(0..<unitCount)
    }
}
