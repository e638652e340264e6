public import Optimization
import TimeUnits

/// Limits for ``ScheduleSolver``.
public struct ScheduleSolverOptions: Sendable {
    /// The instant by which the solve returns (its time limit, counted from when the options
    /// were made); every phase of the solve divides what is left of it.
    public var deadline: ContinuousClock.Instant
    /// Stop once (objective − bound) / objective is at most this.
    public var relativeGap: Double = 0
    /// Concurrent searches: with 2 or more, a portfolio of searches sharing one incumbent
    /// (see ``ScheduleSolver``); with 1 the solve is deterministic.
    public var threads: Int = 1
    /// Seed of the randomised heuristics.
    public var seed: UInt64 = 1
    /// A MILP backend for the time-indexed formulation: its LP relaxation bounds the
    /// makespan, and with 2 or more threads it runs warm-started beside the exact search.
    public var milpSolver: (any MILPSolver)?
    /// Asked now and then during the search: once it answers yes, the solver stops as if its
    /// time limit had passed and returns the best schedule found so far.
    public var stopRequested: (@Sendable () -> Bool)?
    /// Told as each phase of the solve starts, with the best objective and bound so far.
    public var progress: (@Sendable (ScheduleProgress) -> Void)?

    /// The largest makespan that counts as close enough to `bound` under the relative gap
    /// (makespan − bound ≤ gap · makespan); the gap is taken in 0 ... 0.99, NaN as 0.
    public func gapTarget(_ bound: Int) -> Int {
        let gap = relativeGap.isFinite ? min(max(relativeGap, 0), 0.99) : 0
        let allowed = (Double(bound) / (1 - gap)).rounded(.down)
        return allowed < Double(Int.max / 2) ? max(bound, Int(allowed)) : Int.max / 2
    }

    /// Options with the given limits, seed and MILP backend; no progress reports. The
    /// deadline is `timeLimit` seconds from now.
    public init(
        timeLimit: Double = 10, relativeGap: Double = 0, threads: Int = 1, seed: UInt64 = 1,
        milpSolver: (any MILPSolver)? = nil, stopRequested: (@Sendable () -> Bool)? = nil
    ) {
        self.milpSolver = milpSolver
        self.stopRequested = stopRequested
        self.deadline = .now + .limit(seconds: timeLimit)
        self.relativeGap = relativeGap
        self.threads = threads
        self.seed = seed
    }
}
