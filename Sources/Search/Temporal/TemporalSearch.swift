import HeapModule
public import PlanningTask

/// Forward search over decision epochs for temporal planning (Cushing, Kambhampati, Mausam &
/// Weld 2007; the search of Temporal Fast Downward, Eyerich, Mattmüller & Röger 2009).
///
/// A search state is the set of true facts, the time of the last happening, the running
/// operators with their end times and the next timed initial literal. A state has two kinds
/// of successors: *start* an operator whose start conditions hold, ``separation`` after the
/// last happening (so actions can overlap: required concurrency), provided its invariant and
/// those of the running operators hold afterwards and the next scheduled event is at least
/// ``separation`` away; or *advance* to the next event: every end and literal within VAL's
/// simultaneity of it happens at once (their conditions hold before, they do not interfere,
/// the running operators' invariants hold after). A goal state has the goal true and nothing
/// running.
///
/// Lazy greedy best-first search with hFF on the classical compilation
/// (``TemporalTask/relaxation``) evaluated in the facts plus the end effects of the running
/// operators, a second open list of states reached by preferred operators with a boost on
/// progress (as in LAMA), ties broken in favour of preferred transitions, and a third list
/// for type-based exploration over (h, depth) (``TypeBasedQueue``): hFF does not see that a
/// running operator's end will cut the actions it supports short (a kiln fired for too short
/// a time), and greedy search alone stays in the region below such a choice.
/// Where timed literals close windows, states from which the goal cannot be reached in time
/// are pruned (``TimedReachability``). The search is not complete (an action starts only at
/// a decision epoch), so an exhausted search proves nothing.
public struct TemporalSearch {
    /// How far apart the search puts happenings that must be ordered: more than VAL's
    /// simultaneity tolerance (0.001), so that they are distinct happenings.
    public static let separation = 0.01
    /// Happenings at most this far apart are simultaneous (VAL's tolerance).
    static let simultaneity = 0.001

    /// How a search ended.
    public enum Outcome: Sendable {
        /// A plan, with its steps at the times the search gave them.
        case solved(TemporalPlan)
        /// Every state reachable by the search was expanded without reaching the goal.
        case exhausted
        /// A limit was reached first.
        case limitReached(SearchOutcome.Limit)
    }

    private struct Running: Comparable {
        var end: Double
        var op: Int32

        static func < (lhs: Running, rhs: Running) -> Bool { (lhs.end, lhs.op) < (rhs.end, rhs.op) }
    }

    private struct Node {
        var facts: PackedState
        var now: Double
        var running: [Running]
        var nextLiteral: Int
        var parent: Int32
        /// The operator started on the way into this node (-1 for an advance).
        var started: Int32
        /// The number of transitions from the root.
        var depth: Int32
    }

    /// What identifies a state for duplicate detection: a 128-bit fingerprint of the facts,
    /// the running operators with their remaining durations and the next literal, not the
    /// clock. A state reached again at a later time is dropped: the earlier arrival can do
    /// whatever it can, sooner (except meet an end condition that only a later literal
    /// provides, which is rare). Two fingerprints, not the arrays, keep a million states in
    /// tens of megabytes; two different states would collide with a chance of about
    /// states² / 2¹²⁸, and then only one of them would be searched.
    private struct Key: Hashable {
        var low: UInt64
        var high: UInt64
    }

    /// A queue entry: the next untried transition of an expanded node, `cursor` into its
    /// list (``Expansion``), ordered by the node's estimate, then preferred transitions
    /// first, then first come first served, packed in `priority`. A node has one entry per
    /// queue at a time, so the queues grow with the nodes expanded, not the transitions.
    private struct Entry: Comparable {
        var priority: UInt64
        var node: Int32
        var cursor: Int32

        init(h: Int, isPreferred: Bool, serial: Int, node: Int32, cursor: Int32) {
            priority =
                UInt64(min(h, (1 << 22) - 1)) << 42 | (isPreferred ? 0 : 1 << 41)
                | UInt64(serial & ((1 << 41) - 1))
            self.node = node
            self.cursor = cursor
        }

        static func < (lhs: Entry, rhs: Entry) -> Bool { lhs.priority < rhs.priority }
    }

    /// The transitions of an expanded node: `count` in all, the `preferred` ones first
    /// (operators to start, -1: advance), stored in a shared list from `first`; the others
    /// are the operators applicable in the node that are neither running nor preferred, in
    /// the successor generator's order, listed again when one is taken (storing them all
    /// would cost kilobytes per node where hundreds of operators apply). Its estimate and
    /// serial order it in the queues.
    private struct Expansion {
        var first: Int
        var count: Int32
        var preferred: Int32
        var h: Int
        var serial: Int
    }

    private let task: TemporalTask
    private let limits: SearchLimits
    /// Every plan found ends before this time: states with an action running up to it or
    /// past it are pruned.
    private let makespanBound: Double
    private let starts: SuccessorGenerator
    /// The dead-end check of tasks whose timed literals close windows.
    private let reachability: TimedReachability?

    /// A search on `task` within `limits` for a plan that ends before `makespanBound`.
    public init(task: TemporalTask, limits: SearchLimits, makespanBound: Double = .infinity) {
        self.task = task
        self.limits = limits
        self.makespanBound = makespanBound
        let startOperators = task.operators.map { op in
            Operator(
                name: op.name, arguments: op.arguments, preconditions: op.startConditions,
                addEffects: op.startAdds, deleteEffects: op.startDeletes)
        }
        starts = SuccessorGenerator(
            task: GroundTask(
                name: task.relaxation.name, facts: task.facts, operators: startOperators,
                initialFacts: task.relaxation.initialFacts, goal: task.relaxation.goal))
        reachability = TimedReachability(task: task)
    }

    /// Runs the search.
    public func run() -> (Outcome, SearchStatistics) {
        var statistics = SearchStatistics()
        var monitor = LimitMonitor(limits: limits)
        let unit = [Int](repeating: 1, count: task.operators.count)
        let ff = FFHeuristic(task: task.relaxation, costs: unit)
        var nodes: [Node] = []
        var seen = Set<Key>()
        var regular = Heap<Entry>()
        var preferredQueue = Heap<Entry>()
        var exploration = TypeBasedQueue<Entry>()
        var serial = 0
        var boost = 0
        var bestH = Int.max
        var preferred = Set<Int32>()
        /// The transitions of each node, by node index (nil until it is expanded).
        var expansions: [Expansion?] = []
        var transitions: [Int32] = []
        /// The non-preferred transitions of the node whose were listed last.
        var listed: (node: Int32, operators: [Int32]) = (-1, [])

        /// The non-preferred transitions of node `index`, expanded as `expansion`.
        func otherTransitions(of index: Int32, _ expansion: Expansion) -> [Int32] {
            if listed.node == index { return listed.operators }
            let node = nodes[Int(index)]
            let chosen = transitions[
                expansion.first..<(expansion.first + Int(expansion.preferred))]
            let operators = starts.applicableOperators(in: node.facts).map(\.rawValue).filter {
                op in
                !chosen.contains(op) && !node.running.contains { $0.op == op }
            }
            listed = (index, operators)
            return operators
        }

        func evaluate(_ node: Node) -> Int? {
            statistics.evaluated += 1
            if let reachability,
                !reachability.mayReachGoal(
                    facts: node.facts, now: node.now,
                    running: node.running.map { (Int($0.op), $0.end) },
                    nextLiteral: node.nextLiteral)
            {
                return nil
            }
            // Optimistic: the running operators' end effects and the pending literals' facts
            // count as reached.
            var facts = node.facts
            for running in node.running {
                for fact in task.operators[Int(running.op)].endAdds { facts.insert(fact) }
            }
            for literal in task.timedLiterals[node.nextLiteral...] where literal.isAdd {
                facts.insert(literal.fact)
            }
            return facts.words.withUnsafeBufferPointer { ff.evaluate($0) }
        }
        func isGoal(_ node: Node) -> Bool {
            node.running.isEmpty && task.relaxation.goal.allSatisfy(node.facts.contains)
        }
        /// Registers `node` unless it is a duplicate; evaluates it and queues its transitions
        /// with its estimate. Returns its index when it is a goal.
        func expand(_ node: Node) -> Int32? {
            guard seen.insert(key(of: node)).inserted else { return nil }
            let index = Int32(nodes.count)
            nodes.append(node)
            expansions.append(nil)
            statistics.registered += 1
            if isGoal(node) { return index }
            guard let h = evaluate(node) else { return nil }
            statistics.expanded += 1
            if h < bestH {
                bestH = h
                boost += 1000
            }
            preferred.removeAll(keepingCapacity: true)
            ff.forEachPreferredOperator { preferred.insert($0) }
            let event = nextEvent(of: node)
            let time = node.now + Self.separation
            var chosen: [Int32] = []
            var otherCount = 0
            if event.map({ time + Self.separation <= $0 + 1e-9 }) ?? true {
                for id in starts.applicableOperators(in: node.facts)
                where !node.running.contains(where: { $0.op == id.rawValue }) {
                    if preferred.contains(id.rawValue) {
                        chosen.append(id.rawValue)
                    } else {
                        otherCount += 1
                    }
                }
            }
            if event != nil { chosen.append(-1) }
            guard !chosen.isEmpty || otherCount > 0 else { return nil }
            serial += 1
            statistics.generated += chosen.count + otherCount
            expansions[Int(index)] = Expansion(
                first: transitions.count, count: Int32(chosen.count + otherCount),
                preferred: Int32(chosen.count), h: h, serial: serial)
            transitions += chosen
            let entry = Entry(
                h: h, isPreferred: !chosen.isEmpty, serial: serial, node: index, cursor: 0)
            regular.insert(entry)
            exploration.push(entry, type: h, Int(node.depth))
            if !chosen.isEmpty {
                preferredQueue.insert(
                    Entry(h: h, isPreferred: true, serial: serial, node: index, cursor: 0))
            }
            return nil
        }

        let root = Node(
            facts: task.relaxation.initialState, now: -Self.separation, running: [],
            nextLiteral: 0, parent: -1, started: -1, depth: 0)
        if let goal = expand(root) {
            return (.solved(plan(endingAt: goal, nodes: nodes)), statistics)
        }
        var turn = 0
        while true {
            // Expansions can be slow on large tasks: the clock is read at each one.
            if limits.isPastDeadline { return (.limitReached(.time), statistics) }
            if let limit = monitor.reachedLimit() { return (.limitReached(limit), statistics) }
            // The lists take turns (preferred, regular, exploration); a boost hands the turns
            // to the preferred list; an empty list passes its turn on.
            turn = boost > 0 ? 0 : (turn + 1) % 3
            if boost > 0 { boost -= 1 }
            var popped: (entry: Entry, source: Int)?
            for offset in 0..<3 where popped == nil {
                let source = (turn + offset) % 3
                let next =
                    switch source {
                    case 0: preferredQueue.popMin()
                    case 1: regular.popMin()
                    default: exploration.pop()
                    }
                if let next { popped = (next, source) }
            }
            guard let (entry, source) = popped else { return (.exhausted, statistics) }
            // The node's next transition goes back in the same list.
            guard let expansion = expansions[Int(entry.node)] else { continue }
            let end = source == 0 ? expansion.preferred : expansion.count
            if entry.cursor + 1 < end {
                let next = Entry(
                    h: expansion.h, isPreferred: entry.cursor + 1 < expansion.preferred,
                    serial: expansion.serial, node: entry.node, cursor: entry.cursor + 1)
                switch source {
                case 0: preferredQueue.insert(next)
                case 1: regular.insert(next)
                default:
                    exploration.push(next, type: expansion.h, Int(nodes[Int(entry.node)].depth))
                }
            }
            let op =
                entry.cursor < expansion.preferred
                ? transitions[expansion.first + Int(entry.cursor)]
                : otherTransitions(of: entry.node, expansion)[
                    Int(entry.cursor - expansion.preferred)]
            // Lazy search (Richter & Helmert 2009): the state a transition leads to is built,
            // checked and evaluated only when the transition is taken from the queue.
            let parent = nodes[Int(entry.node)]
            let child =
                op < 0
                ? nextEvent(of: parent).flatMap { advance(parent, to: $0, index: entry.node) }
                : start(op, after: parent, index: entry.node)
            if let child, let goal = expand(child) {
                return (.solved(plan(endingAt: goal, nodes: nodes)), statistics)
            }
        }
    }

    private func key(of node: Node) -> Key {
        var low: UInt64 = 0x243F_6A88_85A3_08D3
        var high: UInt64 = 0x1319_8A2E_0370_7344
        func mix(_ value: UInt64) {
            low = Self.scrambled(low ^ value)
            high = Self.scrambled(high &+ value &* 0x9E37_79B9_7F4A_7C15)
        }
        for word in node.facts.words { mix(word) }
        for running in node.running {
            mix(
                UInt64(
                    bitPattern: Int64(running.op) << 40
                        | Int64(((running.end - node.now) * 10_000).rounded())))
        }
        mix(UInt64(node.nextLiteral))
        return Key(low: low, high: high)
    }

    /// A bijective scramble of 64 bits (the finaliser of SplitMix64, Steele et al. 2014).
    private static func scrambled(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The time of the next end or literal, if any.
    private func nextEvent(of node: Node) -> Double? {
        let end = node.running.first?.end
        let literal =
            node.nextLiteral < task.timedLiterals.count
            ? task.timedLiterals[node.nextLiteral].time : nil
        switch (end, literal) {
        case (let end?, let literal?): return min(end, literal)
        case (let end?, nil): return end
        case (nil, let literal?): return literal
        case (nil, nil): return nil
        }
    }

    private func invariantsHold(_ running: [Running], in facts: PackedState) -> Bool {
        running.allSatisfy { task.operators[Int($0.op)].invariant.allSatisfy(facts.contains) }
    }

    /// The node after starting `id` a ``separation`` after `node`'s last happening, if the
    /// operator's invariant and those of the running operators hold after its start.
    private func start(_ id: Int32, after node: Node, index: Int32) -> Node? {
        let op = task.operators[Int(id)]
        guard
            op.invariant.allSatisfy({ fact in
                op.startAdds.contains(fact)
                    || (node.facts.contains(fact) && !op.startDeletes.contains(fact))
            })
        else { return nil }
        var facts = node.facts
        for fact in op.startDeletes { facts.remove(fact) }
        for fact in op.startAdds { facts.insert(fact) }
        guard invariantsHold(node.running, in: facts) else { return nil }
        let time = node.now + Self.separation
        guard time + (op.duration ?? 0) < makespanBound - Self.simultaneity,
            !isDoomed(op, from: time, in: node)
        else { return nil }
        var running = node.running
        if let duration = op.duration {
            let item = Running(end: time + duration, op: id)
            running.insert(item, at: running.firstIndex { item < $0 } ?? running.count)
        }
        return Node(
            facts: facts, now: time, running: running, nextLiteral: node.nextLiteral,
            parent: index, started: id, depth: node.depth + 1)
    }

    /// Whether `op` started at `time` in `node` must fail however the plan goes on: an end
    /// of a running operator, or a timed literal, deletes a fact of its invariant before its
    /// own end; or its end deletes a fact of the invariant of a running operator that ends
    /// after it. The search would find out only when the time comes, after exploring every
    /// way to fill the time in between.
    private func isDoomed(_ op: DurativeOperator, from time: Double, in node: Node) -> Bool {
        let end = time + (op.duration ?? 0)
        for other in node.running {
            let running = task.operators[Int(other.op)]
            if other.end <= end + Self.simultaneity,
                running.endDeletes.contains(where: op.invariant.contains)
            {
                return true
            }
            if other.end >= end - Self.simultaneity,
                op.endDeletes.contains(where: running.invariant.contains)
            {
                return true
            }
        }
        return task.timedLiterals[node.nextLiteral...].contains { literal in
            literal.time <= end + Self.simultaneity && !literal.isAdd
                && op.invariant.contains(literal.fact)
        }
    }

    /// The node after every end and literal within ``simultaneity`` of `event`, if they can
    /// happen together.
    private func advance(_ node: Node, to event: Double, index: Int32) -> Node? {
        var happenings: [Happening] = []
        var running = node.running
        var now = event
        while let first = running.first, first.end <= event + Self.simultaneity {
            happenings.append(Happening(.end(Int(first.op)), in: task))
            now = max(now, first.end)
            running.removeFirst()
        }
        var nextLiteral = node.nextLiteral
        while nextLiteral < task.timedLiterals.count,
            task.timedLiterals[nextLiteral].time <= event + Self.simultaneity
        {
            happenings.append(Happening(.literal(nextLiteral), in: task))
            now = max(now, task.timedLiterals[nextLiteral].time)
            nextLiteral += 1
        }
        for (position, happening) in happenings.enumerated() {
            guard happening.reads.allSatisfy(node.facts.contains) else { return nil }
            for other in happenings[..<position] where happening.interferes(with: other) {
                return nil
            }
        }
        var facts = node.facts
        for happening in happenings { for fact in happening.deletes { facts.remove(fact) } }
        for happening in happenings { for fact in happening.adds { facts.insert(fact) } }
        guard invariantsHold(running, in: facts) else { return nil }
        return Node(
            facts: facts, now: now, running: running, nextLiteral: nextLiteral, parent: index,
            started: -1, depth: node.depth + 1)
    }

    /// The starts on the path from the root to `goal`, at the times the search gave them.
    private func plan(endingAt goal: Int32, nodes: [Node]) -> TemporalPlan {
        var steps: [TemporalPlan.Step] = []
        var index = goal
        while index >= 0 {
            let node = nodes[Int(index)]
            if node.started >= 0 {
                steps.append(TemporalPlan.Step(op: Int(node.started), start: node.now))
            }
            index = node.parent
        }
        return TemporalPlan(steps: steps.reversed())
    }
}
