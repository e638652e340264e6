public import PlanningTask

/// Pairs of facts that are never true together in a reachable state, from h² reachability
/// (Haslum & Geffner 2000, "Admissible heuristics for optimal planning"): a pair is reachable
/// when both facts hold initially, or when an operator whose preconditions are pairwise
/// reachable adds both, or adds one while the other persists (not deleted, and reachable
/// together with every precondition). Pairs of reachable facts that never become reachable
/// are mutex.
///
/// Conditional adds are treated as unconditional, conditional deletes and negative
/// conditions are ignored. This only adds reachable pairs, so every reported mutex is sound.
///
/// - Complexity: O(rounds · operators · (|pre|² + |add| · (|add| + facts / 64 · |pre|)))
///   time (an operator reruns only when a precondition row changed) and facts² bits; tasks
///   above `sizeLimit` get no table.
public struct MutexTable: Sendable {
    /// The largest facts² + facts · operators for which the table is computed.
    public static let sizeLimit = 200_000_000

    private let words: Int
    private let reachablePairs: [UInt64]

    /// The h² mutexes of `task`, or nil when the task is larger than `sizeLimit`.
    public init?(task: GroundTask) {
        let factCount = task.factCount
        let actions = Self.actions(of: task)
        guard factCount * (factCount + actions.count) <= Self.sizeLimit else { return nil }
        let words = (factCount + 63) / 64
        var pairs = [UInt64](repeating: 0, count: factCount * words)
        var persisting = [UInt64](repeating: 0, count: words)
        func isPair(_ p: Int, _ q: Int) -> Bool {
            pairs[p * words + q >> 6] & (1 << UInt64(q & 63)) != 0
        }
        // Rows change at increasing stamps; an action is rerun only when the row of one of its
        // preconditions (for one without preconditions: the set of reachable facts) changed
        // since its last run, as nothing else feeds its result.
        var stamp = 0
        var rowStamp = [Int](repeating: 0, count: factCount)
        var reachableStamp = 0
        var lastRun = [Int](repeating: -1, count: actions.count)
        func insertPair(_ p: Int, _ q: Int) {
            guard !isPair(p, q) else { return }
            pairs[p * words + q >> 6] |= 1 << UInt64(q & 63)
            pairs[q * words + p >> 6] |= 1 << UInt64(p & 63)
            stamp += 1
            rowStamp[p] = stamp
            rowStamp[q] = stamp
            if p == q { reachableStamp = stamp }
        }
        let initial = task.initialFacts.map(\.index)
        for p in initial { for q in initial { insertPair(p, q) } }
        var roundStart = -1
        while stamp != roundStart {
            roundStart = stamp
            for (index, action) in actions.enumerated() {
                let inputStamp =
                    action.pre.isEmpty
                    ? reachableStamp : action.pre.lazy.map { rowStamp[$0] }.max() ?? 0
                guard inputStamp > lastRun[index],
                    action.pre.allSatisfy({ p in action.pre.allSatisfy { isPair(p, $0) } })
                else { continue }
                lastRun[index] = stamp
                for a in action.add { for b in action.add { insertPair(a, b) } }
                // Facts reachable with every precondition and not deleted persist beside
                // each add.
                if let first = action.pre.first {
                    for word in 0..<words { persisting[word] = pairs[first * words + word] }
                    for p in action.pre.dropFirst() {
                        for word in 0..<words { persisting[word] &= pairs[p * words + word] }
                    }
                } else {
                    for word in 0..<words { persisting[word] = 0 }
                    for q in 0..<factCount where isPair(q, q) {
                        persisting[q >> 6] |= 1 << UInt64(q & 63)
                    }
                }
                for q in action.del { persisting[q >> 6] &= ~(1 << UInt64(q & 63)) }
                for a in action.add {
                    for word in 0..<words {
                        var fresh = persisting[word] & ~pairs[a * words + word]
                        while fresh != 0 {
                            insertPair(a, word * 64 + fresh.trailingZeroBitCount)
                            fresh &= fresh - 1
                        }
                    }
                }
            }
        }
        self.words = words
        reachablePairs = pairs
    }

    /// Whether distinct facts `p` and `q`, both reachable, are never true together.
    public func areMutex(_ p: FactID, _ q: FactID) -> Bool {
        guard p != q, isReachable(p), isReachable(q) else { return false }
        return !isPair(p.index, q.index)
    }

    private func isReachable(_ fact: FactID) -> Bool { isPair(fact.index, fact.index) }

    private func isPair(_ p: Int, _ q: Int) -> Bool {
        reachablePairs[p * words + q >> 6] & (1 << UInt64(q & 63)) != 0
    }

    /// An operator as preconditions, adds (its conditional adds included) and unconditional
    /// deletes.
    private struct Action {
        var pre: [Int]
        var add: [Int]
        var del: [Int]
    }

    private static func actions(of task: GroundTask) -> [Action] {
        task.operators.map { op in
            Action(
                pre: op.preconditions.map(\.index),
                add: (op.addEffects + op.conditionalEffects.flatMap(\.addEffects)).map(\.index),
                del: op.deleteEffects.map(\.index))
        }
    }
}
