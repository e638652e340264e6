public import PlanningTask

/// When the *windowed* facts of a temporal task hold: the facts that only timed initial
/// literals add (no operator does), so that the literals alone open and close their windows —
/// a satellite visible to an antenna, a shop open for business.
public struct FactWindows: Sendable {
    /// An interval in which a fact holds; `to` is infinite when no literal deletes it after.
    /// `from` is the time of the literal that opens it, or the state's time when it holds then.
    struct Window {
        var from: Double
        var to: Double
        /// Whether a literal opens it at `from` (a happening there must keep its distance).
        var opensByLiteral: Bool
    }

    /// How close to a window's literals a condition may be placed.
    enum Margin {
        /// Up to VAL's tolerance past them: an estimate that must not miss a possibility.
        case optimistic
        /// ``TemporalSearch/separation`` inside them, where VAL sees distinct happenings.
        case exact

        /// The distance from a literal at which a condition may hold.
        var distance: Double {
            switch self {
            case .optimistic: -TemporalSearch.simultaneity
            case .exact: TemporalSearch.separation
            }
        }
    }

    /// A condition of an operator on a windowed fact, and where in the operator's run it must
    /// hold (offsets from the start: 0 for a start condition, the duration for an end one).
    struct Need {
        var fact: Int
        var from: Double
        var to: Double
    }

    /// A timed literal of a windowed fact: its index in the task (literals before a state's
    /// next one have happened), time and direction.
    private struct Change {
        var index: Int
        var time: Double
        var isAdd: Bool
    }

    /// The changes of each windowed fact, by time; nil for facts an operator adds.
    private let changes: [[Change]?]
    /// The windowed facts, by index.
    public let facts: [Int]
    /// The windowed conditions of each operator.
    let needs: [[Need]]
    /// Whether every timed literal is about a windowed fact that no operator deletes either:
    /// then the literals matter only through the windows of the operators' conditions.
    public let coverEveryLiteral: Bool
    /// Whether a literal closes a window: only then can the windows rule out a state.
    let closeAny: Bool

    /// The windows of `task`'s facts.
    public init(task: TemporalTask) {
        var addedByOperators = [Bool](repeating: false, count: task.facts.count)
        var deletedByOperators = [Bool](repeating: false, count: task.facts.count)
        for op in task.operators {
            for fact in op.startAdds + op.endAdds { addedByOperators[fact.index] = true }
            for fact in op.startDeletes + op.endDeletes { deletedByOperators[fact.index] = true }
        }
        var changes = [[Change]?](repeating: nil, count: task.facts.count)
        for (index, literal) in task.timedLiterals.enumerated()
        where !addedByOperators[literal.fact.index] {
            changes[literal.fact.index] =
                (changes[literal.fact.index] ?? [])
                + [Change(index: index, time: literal.time, isAdd: literal.isAdd)]
        }
        self.changes = changes
        facts = changes.indices.filter { changes[$0] != nil }
        needs = task.operators.map { op in
            let duration = op.duration ?? 0
            func needs(_ facts: [FactID], _ from: Double, _ to: Double) -> [Need] {
                facts.filter { changes[$0.index] != nil }.map {
                    Need(fact: $0.index, from: from, to: to)
                }
            }
            return needs(op.startConditions, 0, 0) + needs(op.invariant, 0, duration)
                + needs(op.endConditions, duration, duration)
        }
        coverEveryLiteral = task.timedLiterals.allSatisfy {
            changes[$0.fact.index] != nil && !deletedByOperators[$0.fact.index]
        }
        closeAny = changes.contains { $0?.contains { !$0.isAdd } ?? false }
    }

    /// Whether `fact` is windowed.
    func isWindowed(_ fact: FactID) -> Bool { changes[fact.index] != nil }

    /// The windows of every windowed fact (nil for the others) from `now` on, in a state
    /// where `holds` tells which facts hold now and the literals from `nextLiteral` on are
    /// still to come.
    func windows(now: Double, nextLiteral: Int, holds: (FactID) -> Bool) -> [[Window]?] {
        var windows = [[Window]?](repeating: nil, count: changes.count)
        for fact in facts {
            var factWindows: [Window] = []
            var opened: (time: Double, byLiteral: Bool)? = holds(FactID(fact)) ? (now, false) : nil
            for change in changes[fact] ?? [] where change.index >= nextLiteral {
                if change.isAdd {
                    if opened == nil { opened = (change.time, true) }
                } else if let start = opened {
                    factWindows.append(
                        Window(from: start.time, to: change.time, opensByLiteral: start.byLiteral))
                    opened = nil
                }
            }
            if let start = opened {
                factWindows.append(
                    Window(from: start.time, to: .infinity, opensByLiteral: start.byLiteral))
            }
            windows[fact] = factWindows
        }
        return windows
    }

    /// Whether the windowed `fact` holds from `start` to `end` in `windows`, as near to the
    /// literals as `margin` allows; true for facts that are not windowed.
    static func holds(
        _ fact: FactID, from start: Double, to end: Double, in windows: [[Window]?],
        margin: Margin
    ) -> Bool {
        windows[fact.index]?.contains {
            $0.earliest(margin) <= start && end <= $0.latest(margin)
        } ?? true
    }

    /// The earliest start not before `lowest` at which the `needs` of an operator hold, as
    /// near to the literals as `margin` allows: each need in turn moves the start to the first
    /// window that can take it, until all agree; nil when one has no such window.
    static func earliestStart(
        _ needs: [Need], notBefore lowest: Double, in windows: [[Window]?], margin: Margin
    ) -> Double? {
        var time = lowest
        var moved = !needs.isEmpty
        while moved {
            moved = false
            for need in needs {
                guard
                    let window = windows[need.fact]?.first(where: {
                        max(time, $0.earliest(margin) - need.from) + need.to <= $0.latest(margin)
                    })
                else { return nil }
                let fitted = max(time, window.earliest(margin) - need.from)
                if fitted > time {
                    time = fitted
                    moved = true
                }
            }
        }
        return time
    }
}

extension FactWindows.Window {
    /// The earliest time a condition may hold in the window.
    fileprivate func earliest(_ margin: FactWindows.Margin) -> Double {
        opensByLiteral ? from + margin.distance : from
    }

    /// The latest time a condition may hold in the window.
    fileprivate func latest(_ margin: FactWindows.Margin) -> Double {
        to - margin.distance
    }
}
