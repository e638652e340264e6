import HeapModule
import PlanningTask

/// Whether the goal can still be reached in time: a temporal relaxed planning graph that
/// ignores deletes but keeps the windows of timed initial literals (as POPF and OPTIC do with
/// deadlines; Coles, Coles, Fox & Long 2010, "Forward-chaining partial-order planning").
///
/// Windowed facts (``FactWindows``) hold exactly in their windows; every other fact, once
/// reached, holds from then on. An operator starts at the earliest time at which its
/// conditions can hold — its windowed start conditions at the start, its windowed invariant
/// through the whole run, its windowed end conditions at the end — and its effects follow at
/// its start and end. Facts are reached in order of time (Dijkstra). The relaxation is
/// optimistic, so "unreachable" is a proof: a state whose goal it cannot reach, or whose
/// running operator loses its invariant to a literal before its end, is a dead end. Where no
/// literal closes a window it prunes nothing more than the delete relaxation, so the search
/// builds it only for tasks with such literals.
///
/// - Complexity: O((f + c) log f) per state for f facts and c operator conditions.
struct TimedReachability {
    private struct Reached: Comparable {
        var time: Double
        var fact: Int32
        static func < (lhs: Reached, rhs: Reached) -> Bool { lhs.time < rhs.time }
    }

    private let task: TemporalTask
    private let windows: FactWindows
    /// Per operator, the facts it waits for that must hold at its start (start conditions and
    /// invariant) and at its end, windowed facts and its own start adds left out.
    private let plainAtStart: [[Int32]]
    private let plainAtEnd: [[Int32]]
    /// The operators waiting for each fact, and how many facts each operator waits for.
    private let waiting: [[Int32]]
    private let waitCount: [Int]

    /// The check for `task`; nil when no timed literal closes a window, where it would prune
    /// nothing.
    init?(task: TemporalTask) {
        let windows = FactWindows(task: task)
        guard windows.closeAny else { return nil }
        self.task = task
        self.windows = windows
        func plain(_ facts: [FactID], _ op: DurativeOperator) -> [Int32] {
            facts.filter { !windows.isWindowed($0) && !op.startAdds.contains($0) }
                .map { Int32($0.index) }
        }
        plainAtStart = task.operators.map { plain($0.startConditions + $0.invariant, $0) }
        plainAtEnd = task.operators.map { plain($0.endConditions, $0) }
        var waiting = [[Int32]](repeating: [], count: task.facts.count)
        var waitCount: [Int] = []
        for index in task.operators.indices {
            let facts = Set(plainAtStart[index] + plainAtEnd[index])
            for fact in facts { waiting[Int(fact)].append(Int32(index)) }
            waitCount.append(facts.count)
        }
        self.waiting = waiting
        self.waitCount = waitCount
    }

    /// Whether the goal may still be reached from the state with `facts` true at `now`,
    /// `running` operators ending at their times and the literals from `nextLiteral` on to come.
    func mayReachGoal(
        facts: PackedState, now: Double, running: [(op: Int, end: Double)], nextLiteral: Int
    ) -> Bool {
        let open = windows.windows(now: now, nextLiteral: nextLiteral, holds: facts.contains)
        var earliest = [Double](repeating: .infinity, count: task.facts.count)
        var queue = Heap<Reached>()
        func reach(_ fact: FactID, at time: Double) {
            guard open[fact.index] == nil, time < earliest[fact.index] else { return }
            earliest[fact.index] = time
            queue.insert(Reached(time: time, fact: Int32(fact.index)))
        }
        for fact in facts.trueFacts { reach(fact, at: now) }
        for item in running {
            let op = task.operators[item.op]
            guard
                op.invariant.allSatisfy({
                    FactWindows.holds($0, from: now, to: item.end, in: open, margin: .optimistic)
                }),
                op.endConditions.allSatisfy({
                    FactWindows.holds(
                        $0, from: item.end, to: item.end, in: open, margin: .optimistic)
                })
            else { return false }
            for fact in op.endAdds { reach(fact, at: item.end) }
        }
        for literal in task.timedLiterals[nextLiteral...] where literal.isAdd {
            reach(literal.fact, at: literal.time)
        }
        var missing = waitCount
        func start(_ index: Int) {
            let duration = task.operators[index].duration ?? 0
            var lowest = now
            for fact in plainAtStart[index] { lowest = max(lowest, earliest[Int(fact)]) }
            for fact in plainAtEnd[index] { lowest = max(lowest, earliest[Int(fact)] - duration) }
            guard
                let time = FactWindows.earliestStart(
                    windows.needs[index], notBefore: lowest, in: open, margin: .optimistic)
            else { return }
            for fact in task.operators[index].startAdds { reach(fact, at: time) }
            for fact in task.operators[index].endAdds { reach(fact, at: time + duration) }
        }
        for (index, count) in missing.enumerated() where count == 0 { start(index) }
        while let next = queue.popMin() {
            guard next.time <= earliest[Int(next.fact)] else { continue }
            for index in waiting[Int(next.fact)] {
                missing[Int(index)] -= 1
                if missing[Int(index)] == 0 { start(Int(index)) }
            }
        }
        return task.relaxation.goal.allSatisfy { fact in
            if let factWindows = open[fact.index] {
                return factWindows.contains { $0.to > now }
            }
            return earliest[fact.index] < .infinity
        }
    }
}
