public import PlanningTask

/// Moves every step of a temporal plan as early as its causal structure allows.
///
/// The happenings (starts, ends, timed literals) are taken in the plan's order; each pair that
/// interferes (``Happening/interferes(with:)``, which counts an operator's invariant as read by
/// its start and its end) keeps its order, ``TemporalSearch/separation`` apart, and so do two
/// runs of one operator; everything else may move. An end stays its duration after its start,
/// a literal stays at its time. The earliest times meeting these difference constraints are
/// longest paths (Bellman–Ford; Dechter, Meiri & Pearl 1991, simple temporal networks). Since
/// interfering happenings keep their order, every state the plan passes through is one the
/// original passes through, so the plan stays valid; the makespan never grows.
///
/// - Complexity: O(h²·f) to build the constraints for h happenings reading and writing f facts
///   each, and O(steps · constraints) to solve them.
public enum PlanRetiming {
    /// A difference constraint between the starts of two steps of a plan, or between a start
    /// and time zero: `start(later) ≥ start(earlier) + gap`, where nil stands for time zero.
    /// A constraint to time zero (`later` nil) bounds its step from above: a deadline.
    public struct Constraint: Hashable, Sendable {
        /// The step index whose start comes first, or nil for time zero.
        public var earlier: Int?
        /// The step index whose start comes second, or nil for time zero.
        public var later: Int?
        /// The least time from `earlier`'s start to `later`'s start (negative for a deadline).
        public var gap: Double
    }

    /// `plan` with each step as early as possible; `plan` itself when the constraints cannot
    /// be solved (which a plan from the search does not produce).
    public static func retimed(_ plan: TemporalPlan, in task: TemporalTask) -> TemporalPlan {
        // Node 0 is time zero, node k + 1 the start of step k.
        let edges = constraints(of: plan, in: task)
        var time = [Double](repeating: 0, count: plan.steps.count + 1)
        var changed = true
        var rounds = 0
        while changed {
            changed = false
            rounds += 1
            if rounds > plan.steps.count + 2 { return plan }
            for edge in edges {
                let (from, to) = ((edge.earlier ?? -1) + 1, (edge.later ?? -1) + 1)
                if time[from] + edge.gap > time[to] + 1e-9 {
                    time[to] = time[from] + edge.gap
                    changed = true
                }
            }
            if time[0] > 1e-9 { return plan }
        }
        return TemporalPlan(
            steps: plan.steps.enumerated().map { TemporalPlan.Step(op: $1.op, start: time[$0 + 1]) }
        )
    }

    /// The constraints that keep `plan` valid wherever its steps move: every pair of
    /// happenings that interfere keeps its order, ``TemporalSearch/separation`` apart (and so
    /// do two runs of one operator); a literal stays at its time, so a step that interferes
    /// with a literal after it gets a deadline, even one after the plan's end.
    public static func constraints(of plan: TemporalPlan, in task: TemporalTask) -> [Constraint] {
        struct Event {
            var happening: Happening
            var time: Double
            /// The step whose start it is or whose end it is; nil for a literal.
            var step: Int?
            var offset: Double
        }
        var events: [Event] = []
        for (index, step) in plan.steps.enumerated() {
            events.append(
                Event(
                    happening: Happening(.start(step.op), in: task), time: step.start, step: index,
                    offset: 0))
            if let duration = task.operators[step.op].duration {
                events.append(
                    Event(
                        happening: Happening(.end(step.op), in: task), time: step.start + duration,
                        step: index, offset: duration))
            }
        }
        for (index, literal) in task.timedLiterals.enumerated() {
            events.append(
                Event(
                    happening: Happening(.literal(index), in: task), time: literal.time, step: nil,
                    offset: 0))
        }
        events.sort { $0.time < $1.time }

        func base(_ event: Event) -> Double { event.step == nil ? event.time : event.offset }
        /// Whether the two are happenings of two runs of one operator, which may not overlap.
        func sameOperatorRuns(_ earlier: Event, _ later: Event) -> Bool {
            guard let first = earlier.step, let second = later.step, first != second else {
                return false
            }
            return plan.steps[first].op == plan.steps[second].op
        }
        var constraints: [Constraint] = []
        for later in events.indices {
            for earlier in events.indices[..<later]
            where events[later].time - events[earlier].time > TemporalSearch.simultaneity
                && (events[later].happening.interferes(with: events[earlier].happening)
                    || sameOperatorRuns(events[earlier], events[later]))
            {
                let (a, b) = (events[earlier], events[later])
                guard a.step != b.step else { continue }
                constraints.append(
                    Constraint(
                        earlier: a.step, later: b.step,
                        gap: TemporalSearch.separation + base(a) - base(b)))
            }
        }
        return constraints
    }
}

extension PlanRetiming {
    /// A plan of the task's classical compilation (with every windowed fact taken as true)
    /// put on the time line: each step, in plan order, as early as the happenings before it
    /// that it interferes with allow (``TemporalSearch/separation`` after them), then moved to
    /// the first time at which its windowed conditions hold (``FactWindows``). Nil when a step
    /// finds no window. Meant for tasks whose literals only open and close windows
    /// (``FactWindows/coverEveryLiteral``); the caller checks the result with a validator.
    ///
    /// - Complexity: O(n²·f) for n steps reading and writing f facts each.
    public static func scheduled(
        _ plan: SequentialPlan, in task: TemporalTask, windows: FactWindows
    ) -> TemporalPlan? {
        let open = windows.windows(now: 0, nextLiteral: 0) {
            task.relaxation.initialFacts.contains($0)
        }
        let separation = TemporalSearch.separation
        var placed: [(happening: Happening, time: Double, step: Int)] = []
        var steps: [TemporalPlan.Step] = []
        for (index, id) in plan.operators.enumerated() {
            let op = task.operators[id.index]
            let duration = op.duration ?? 0
            let start = Happening(.start(id.index), in: task)
            let end = op.duration == nil ? nil : Happening(.end(id.index), in: task)
            var earliest = 0.0
            for earlier in placed {
                let sameOperator = steps[earlier.step].op == id.index
                if sameOperator || start.interferes(with: earlier.happening) {
                    earliest = max(earliest, earlier.time + separation)
                }
                if let end, sameOperator || end.interferes(with: earlier.happening) {
                    earliest = max(earliest, earlier.time + separation - duration)
                }
            }
            guard
                let time = FactWindows.earliestStart(
                    windows.needs[id.index], notBefore: earliest, in: open, margin: .exact)
            else { return nil }
            steps.append(TemporalPlan.Step(op: id.index, start: time))
            placed.append((start, time, index))
            if let end { placed.append((end, time + duration, index)) }
        }
        return TemporalPlan(steps: steps)
    }
}
