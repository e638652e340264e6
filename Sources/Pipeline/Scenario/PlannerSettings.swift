/// How `werk solve` plans for a scenario (`planner:` in the scenario file).
public struct PlannerSettings: Sendable, Equatable {
    /// Which search finds the plan.
    public enum Search: String, Sendable, CaseIterable {
        /// LAMA-style greedy search (the default).
        case sat
        /// A* with LM-cut: a plan of least cost (fewest steps without action costs).
        case opt
    }

    /// The search.
    public var search: Search
    /// With `sat`: keep improving the plan's cost for up to half the time limit, and schedule
    /// the best plan found.
    public var anytime: Bool

    /// Creates settings; the defaults are those of a scenario without `planner:`.
    public init(search: Search = .sat, anytime: Bool = false) {
        self.search = search
        self.anytime = anytime
    }
}
