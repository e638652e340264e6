/// Limits and algorithm choices for one solve. Every limit is optional.
public struct SolveOptions: Sendable {
    /// The LP algorithm.
    public enum LPMethod: String, Sendable, CaseIterable {
        case primalSimplex, dualSimplex, interiorPoint
    }

    /// Wall-clock limit in seconds.
    public var timeLimit: Double?
    /// Limit on the solver's own memory, in bytes; reaching it stops the search like a
    /// time limit does.
    public var memoryLimit: Int?
    /// Stop a MILP search once (|incumbent - bound| / |incumbent|) is at most this.
    public var relativeGap: Double = 0
    /// The LP algorithm (dual simplex by default).
    public var lpMethod: LPMethod = .dualSimplex
    /// Run the solver's presolver (MILP). Incumbents given by ``warmStart`` or a callback
    /// need the original variable space, so a backend may disable presolve for them.
    public var presolve: Bool = true
    /// Cut families for branch-and-cut.
    public var cuts: CutFamilies = .all
    /// Primal heuristics for branch-and-cut.
    public var feasibilityPump: Bool = true
    /// Run the proximity search heuristic (off by default).
    public var proximitySearch: Bool = false
    /// A feasible solution (one value per variable) handed to the search as first incumbent.
    public var warmStart: [Double]?
    /// Called as the search progresses; see ``SolverProgress``.
    public var progress: (@Sendable (SolverProgress) throws -> SolverDecision)?
    /// Told the same as ``progress`` but cannot steer the search, so the solver keeps its
    /// presolver (for reporting progress to a user).
    public var observer: (@Sendable (SolverProgress) -> Void)?
    /// Receives the solver's own log lines; when `nil` the solver is silent.
    public var log: (@Sendable (String) -> Void)?

    /// The defaults: no limits, gap 0, dual simplex, presolve, all cuts, the feasibility pump.
    public init() {}

    /// Cutting-plane families of branch-and-cut.
    public struct CutFamilies: OptionSet, Sendable {
        /// The families as a bit set.
        public let rawValue: Int
        /// Wraps a bit set of families.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Gomory mixed-integer cuts.
        public static let gomory = CutFamilies(rawValue: 1)
        /// Mixed-integer rounding cuts.
        public static let mixedIntegerRounding = CutFamilies(rawValue: 2)
        /// Mixed cover cuts.
        public static let cover = CutFamilies(rawValue: 4)
        /// Clique cuts.
        public static let clique = CutFamilies(rawValue: 8)
        /// Every family (the default).
        public static let all: CutFamilies = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }
}

/// A snapshot of a running MILP search, given to ``SolveOptions/progress``.
public struct SolverProgress: Sendable {
    /// Objective of the best solution so far.
    public var incumbent: Double?
    /// Best proven bound so far.
    public var bound: Double?
    /// Branch-and-bound nodes explored so far.
    public var nodeCount: Int
    /// Wall-clock seconds since the solve started.
    public var secondsElapsed: Double

    /// A snapshot with the given values.
    public init(incumbent: Double?, bound: Double?, nodeCount: Int, secondsElapsed: Double) {
        self.incumbent = incumbent
        self.bound = bound
        self.nodeCount = nodeCount
        self.secondsElapsed = secondsElapsed
    }
}

/// What a progress callback asks the solver to do next.
public enum SolverDecision: Sendable {
    /// Go on searching.
    case proceed
    /// Stop now and return the best solution found so far.
    case stop
    /// Offer a solution (one value per variable) as a new incumbent, then go on.
    case offer([Double])
}
