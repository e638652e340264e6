/// Decides whether a single-mode project has a schedule of makespan at most `makespan`, or
/// minimizes the makespan from above, by lazy clause generation (Schutt, Feydy, Stuckey &
/// Wallace 2011, "Explaining the cumulative propagator"): start-time domains narrowed by
/// propagators that explain every bound they move with bound literals (``BoundLiteral``), and
/// on each failure a first-UIP nogood learned from those explanations, a backjump,
/// activity-based branching (VSIDS-like, ties to the earliest start) and Luby restarts.
///
/// Propagators: precedences with minimum lags, time-tabling on every renewable resource with
/// pointwise explanations, detectable precedences between activities that can never overlap,
/// and the learned clauses (two watched literals). A failure at the root proves that no
/// schedule of makespan at most ``makespan`` exists. Learned clauses hold for this makespan and
/// every smaller one: a descent keeps them, each probe of a climb starts afresh.
///
/// A value type for speed: its state lives in one place that the compiler checks statically
/// (as a class, run-time exclusivity checks took most of the time). The few readers called
/// inside the propagation loops (``isTrue(_:)``, ``isFalse(_:)``) are `mutating` for the same
/// reason: from a mutating method, a non-mutating call copies the whole search (measured on
/// j6041_7: a third of the descent's time in retain/release).
struct ClauseLearningSearch {
    /// How a probe ended.
    enum Outcome {
        case schedule(Schedule)
        case refuted
        case undecided
    }

    /// A clause watching one of its literals, whose value it carries so that a bound change
    /// that leaves the literal open is passed over without reading the clause.
    struct Watch {
        var clause: Int
        var value: Int
    }

    /// One bound change on the trail.
    struct Change {
        var key: Int
        var previous: Int
        var value: Int
        var level: Int
        /// The previous change of the same bound, or −1.
        var earlier: Int
        /// The change's explanation: `reasons[reasonStart ..< reasonEnd]` (empty for decisions
        /// and root facts).
        var reasonStart: Int
        var reasonEnd: Int
    }

    let network: ProjectNetwork
    /// Every activity must finish by this time.
    private(set) var makespan: Int
    let duration: [Int]
    /// `demand[slot][activity]` on renewable resource `network.renewable[slot]`.
    let demand: [[Int]]
    let capacity: [Int]
    /// Precedences as `S_to ≥ S_from + weight` (duration plus minimum lag), by `from` and by
    /// `to`.
    let outgoing: [[(to: Int, weight: Int)]]
    let incoming: [[(from: Int, weight: Int)]]
    /// Per activity, the activities it can never overlap (their demands exceed a capacity
    /// together).
    let partners: [[Int]]
    /// The users of each renewable resource, largest demand first (explanations pick them so).
    let byDemand: [[Int]]
    /// Time-tabling buffers: the profile over `0...makespan` and the compulsory part of each
    /// activity as profiled.
    var profile: [Int]
    var partStart: [Int]
    var partEnd: [Int]

    var lower: [Int]
    var upper: [Int]
    var trail: [Change] = []
    var reasons: [BoundLiteral] = []
    /// The last change of each bound (`2·activity` lower, `2·activity + 1` upper), or −1.
    var lastChange: [Int]
    /// Trail index at which each decision level starts.
    var levelStarts: [Int] = []
    var level: Int { levelStarts.count }
    /// Trail entries before this have been seen by the clause and precedence propagators.
    var propagationHead = 0
    /// Trail entries before this have been seen by the pair propagator.
    var pairHead = 0
    /// Filled by a propagator before it enforces a literal or reports a conflict.
    var explanation: [BoundLiteral] = []
    /// The literals of the last failure (all true, jointly impossible).
    var conflict: [BoundLiteral] = []

    /// The learned clauses, one after another: clause `c` starts at `clauseStart[c]` and ends
    /// where the next begins (see ``literals(of:)``).
    var clauseLiterals: [BoundLiteral] = []
    var clauseStart: [Int] = []
    /// Literal block distance of each clause (Audemard & Simon 2009): kept when small.
    var clauseQuality: [Int] = []
    /// Clauses watching a literal that the change of bound `key` can falsify.
    var watchers: [[Watch]]

    /// Conflict analysis: per trail entry, the strongest value of its bound the conflict
    /// needs, `Int.min` outside an analysis.
    var needed: [Int] = []

    var score: [Double]
    var scoreIncrement = 1.0
    private(set) var conflicts = 0
    /// Branching decisions taken: the search nodes.
    private(set) var decisions = 0

    /// The starts of the best schedule known: where they lie inside an activity's domain the
    /// branching tries them first (solution-guided search, Beck 2007), else the earliest start.
    var guide: [Int]?

    var deadline: ContinuousClock.Instant = .now
    var stopSignal: StopSignal?
    /// A portfolio's best schedule: told of each schedule found; a descent takes it over at
    /// its next restart when it is better.
    var shared: SharedIncumbent?

    /// The probe for makespan `makespan`, starting from `windows` (earliest start and latest
    /// completion per activity, valid for that makespan); `nil` when an activity has more
    /// than one mode or a precedence has a maximum lag.
    init?(network: ProjectNetwork, makespan: Int, windows: (earliest: [Int], latest: [Int])) {
        guard network.problem.isSingleMode,
            network.problem.precedences.allSatisfy({ $0.maximumLag == nil })
        else { return nil }
        self.network = network
        self.makespan = makespan
        let count = network.activityCount
        let duration = (0..<count).map { network.duration($0, 0) }
        let demand = network.renewable.map { resource in
            (0..<count).map { network.demand($0, 0, resource) }
        }
        let capacity = network.renewable.map { network.capacity[$0] }
        self.duration = duration
        self.demand = demand
        self.capacity = capacity
        var out = [[(to: Int, weight: Int)]](repeating: [], count: count)
        var into = [[(from: Int, weight: Int)]](repeating: [], count: count)
        for precedence in network.problem.precedences {
            let (from, to) = (precedence.predecessor, precedence.successor)
            let weight = duration[from] + precedence.minimumLag
            out[from].append((to, weight))
            into[to].append((from, weight))
        }
        outgoing = out
        incoming = into
        var clashing = [[Int]](repeating: [], count: count)
        for first in 0..<count where duration[first] > 0 {
            for second in (first + 1)..<max(first + 1, count) where duration[second] > 0 {
                if demand.indices.contains(where: {
                    demand[$0][first] + demand[$0][second] > capacity[$0]
                }) {
                    clashing[first].append(second)
                    clashing[second].append(first)
                }
            }
        }
        partners = clashing
        byDemand = demand.map { use in
            use.indices.filter { use[$0] > 0 }.sorted { use[$0] > use[$1] }
        }
        profile = [Int](repeating: 0, count: makespan + 1)
        partStart = [Int](repeating: 0, count: count)
        partEnd = [Int](repeating: 0, count: count)
        lower = windows.earliest
        upper = (0..<count).map { min(windows.latest[$0], makespan) - duration[$0] }
        lastChange = [Int](repeating: -1, count: 2 * count)
        watchers = [[Watch]](repeating: [], count: 2 * count)
        score = [Double](repeating: 0, count: count)
    }

    /// Searches for a schedule of makespan at most ``makespan`` until one is found, the
    /// makespan is refuted, or `deadline`.
    mutating func solve(until deadline: ContinuousClock.Instant) -> Outcome {
        let result = search(until: deadline, improving: false)
        if let schedule = result.best { return .schedule(schedule) }
        return result.isComplete ? .refuted : .undecided
    }

    /// Branch-and-bound from above: after each schedule the makespan bound drops below it at
    /// the root, and the learned clauses stay valid because every later bound is tighter.
    /// Returns the best schedule found and whether it is optimal (or, without one, whether
    /// ``makespan`` was refuted).
    mutating func minimize(until deadline: ContinuousClock.Instant) -> (
        best: Schedule?, isComplete: Bool
    ) {
        search(until: deadline, improving: true)
    }

    private mutating func search(
        until deadline: ContinuousClock.Instant, improving: Bool
    ) -> (best: Schedule?, isComplete: Bool) {
        self.deadline = deadline
        var best: Schedule?
        guard lower.indices.allSatisfy({ lower[$0] <= upper[$0] }) else { return (nil, true) }
        guard !mustStop else { return (nil, false) }
        // The given windows need not respect the arcs: one pass over them at the root, later
        // changes travel along the trail.
        explanation = []
        for from in outgoing.indices {
            for arc in outgoing[from] {
                guard enforce(.atLeast(arc.to, lower[from] + arc.weight)),
                    enforce(.atMost(from, upper[arc.to] - arc.weight))
                else { return (nil, true) }
            }
        }
        guard propagateAllPairs() else { return (nil, true) }
        var restart = 1
        var budget = Self.luby(restart) * 64
        while true {
            if propagate() {
                if let activity = branchingActivity() {
                    decisions += 1
                    levelStarts.append(trail.count)
                    explanation = []
                    if let guide, guide[activity] > lower[activity],
                        guide[activity] <= upper[activity]
                    {
                        enforce(.atLeast(activity, guide[activity]))
                    } else {
                        enforce(.atMost(activity, lower[activity]))
                    }
                    continue
                }
                guard let schedule = currentSchedule() else { return (best, false) }
                best = schedule
                guide = schedule.starts
                shared?.offer(schedule)
                guard improving else { return (best, false) }
                guard tightenMakespan(below: schedule.makespan(in: network.problem)) else {
                    return (best, true)
                }
                continue
            }
            conflicts += 1
            guard learnFromConflict() else { return (best, true) }
            if conflicts & 63 == 0, mustStop { return (best, false) }
            budget -= 1
            if budget <= 0 {
                backtrack(to: 0)
                if improving, let (schedule, value) = shared?.best, value <= makespan {
                    best = schedule
                    guide = schedule.starts
                    guard tightenMakespan(below: value) else { return (best, true) }
                }
                reduceClauses()
                restart += 1
                budget = Self.luby(restart) * 64
            }
        }
    }

    private var mustStop: Bool { ContinuousClock.now >= deadline || stopSignal?.isRaised == true }

    /// The schedule of the current, fully fixed domains, if the independent check accepts it.
    private func currentSchedule() -> Schedule? {
        let schedule = Schedule(modes: [Int](repeating: 0, count: lower.count), starts: lower)
        guard ScheduleValidator.violations(of: schedule, in: network.problem).isEmpty,
            schedule.makespan(in: network.problem) <= makespan
        else { return nil }
        return schedule
    }

    /// Restarts with every activity to finish before `value`; `false` when that empties a
    /// domain at the root (no better schedule exists).
    private mutating func tightenMakespan(below value: Int) -> Bool {
        backtrack(to: 0)
        makespan = value - 1
        explanation = []
        for activity in upper.indices {
            guard enforce(.atMost(activity, makespan - duration[activity])) else { return false }
        }
        return true
    }

    /// The unfixed activity of highest activity score (ties: the earliest, then the tightest
    /// start), or `nil` when every start is fixed.
    private func branchingActivity() -> Int? {
        var chosen: Int?
        for activity in lower.indices where lower[activity] < upper[activity] {
            guard let current = chosen else {
                chosen = activity
                continue
            }
            if (score[activity], -lower[activity], -upper[activity])
                > (score[current], -lower[current], -upper[current])
            {
                chosen = activity
            }
        }
        return chosen
    }

    /// The i-th term of the Luby sequence 1, 1, 2, 1, 1, 2, 4, … (Luby, Sinclair & Zuckerman 1993).
    static func luby(_ index: Int) -> Int {
        var position = index
        while true {
            var size = 1
            while size < position { size = 2 * size + 1 }
            if position == size { return (size + 1) / 2 }
            position -= (size - 1) / 2
        }
    }
}
