/// The domains of one node of ``ConstraintBranchAndBound``: a start window and a set of
/// modes per activity, and the branching marks of schedule-or-postpone.
///
/// Copied on every left branch: O(n) per copy.
struct SearchState {
    /// Earliest start of each activity.
    var earliestStart: [Int]
    /// Latest completion of each activity.
    var latestCompletion: [Int]
    /// Remaining modes of each activity as a bit set (at most 64 modes).
    var modeMask: [UInt64]
    /// Most modes an activity may have: the width of ``modeMask``'s words.
    static let modeCapacity = UInt64.bitWidth
    /// Shortest and longest duration over the remaining modes.
    var shortest: [Int]
    var longest: [Int]
    /// Least demand over the remaining modes, `leastDemand[activity * resourceCount + resource]`.
    var leastDemand: [Int]
    /// Whether the start time is decided.
    var isFixed: [Bool]
    /// Schedule-or-postpone: a postponed activity cannot be selected until propagation
    /// raises its earliest start above ``postponedAt``.
    var isPostponed: [Bool]
    var postponedAt: [Int]

    /// Whether exactly one mode remains for `activity`.
    func hasSingleMode(_ activity: Int) -> Bool { modeMask[activity].nonzeroBitCount == 1 }

    /// The only mode left for `activity` (meaningful when ``hasSingleMode(_:)``).
    func mode(_ activity: Int) -> Int { modeMask[activity].trailingZeroBitCount }

    /// Latest start of `activity` in its shortest remaining mode.
    func latestStart(_ activity: Int) -> Int { latestCompletion[activity] - shortest[activity] }

    /// Raises the earliest start of `activity` to `time`; whether it moved.
    mutating func raiseEarliestStart(_ activity: Int, to time: Int) -> Bool {
        guard time > earliestStart[activity] else { return false }
        earliestStart[activity] = time
        return true
    }

    /// Lowers the latest completion of `activity` to `time`; whether it moved.
    mutating func lowerLatestCompletion(_ activity: Int, to time: Int) -> Bool {
        guard time < latestCompletion[activity] else { return false }
        latestCompletion[activity] = time
        return true
    }
}
