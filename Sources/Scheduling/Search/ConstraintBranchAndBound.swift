/// An exact depth-first branch-and-bound in the style of constraint programming: start-time
/// windows and mode sets per activity, narrowed at every node by constraint propagation, and
/// schedule-or-postpone branching (Le Pape, Couronné, Vergamini & Gosselin 1994; Baptiste,
/// Le Pape & Nuijten 2001, ch. 6).
///
/// Multi-mode problems start from the modes that ``ModeReduction`` keeps. Propagation,
/// repeated to a fixpoint at every node:
/// * temporal bounds over minimum and maximum lags (Bellman–Ford style relaxation);
/// * time-tabling over the compulsory parts `[lst, ect)` of renewable resources
///   (Klein & Scholl 1999; Baptiste et al. 2001, §2.1.1), O(n·(H + d)·K) per round, with
///   shortest durations and least demands while a mode is open, and mode filtering: a mode
///   that fits nowhere in its activity's window is dropped, O(n·M·K·H);
/// * disjunctive pairs: two activities whose least demands exceed a capacity together
///   are ordered once one of the orders is impossible (detectable precedences, Vilím 2002),
///   O(pairs); in a multi-mode problem also the pairs that clash only in some modes, once
///   their remaining modes all clash (least demands kept per node in ``SearchState``);
/// * edge finding on unary resources (see `propagateEdgeFinding`);
/// * non-renewable budgets by the least demand over remaining modes, and at the root jointly
///   over each pair of budgets (see `filterModesByBudgetPairs`);
/// * the objective bound: after each solution every activity must finish before the
///   incumbent's makespan (or the tardiness/cost lower bound must beat the incumbent);
/// * in multi-mode problems, where time-tabling sees only shortest durations and least
///   demands while a mode is open, window shaving (see `shaveWindows`) at every node, its
///   probes without the energy check (on MRCPSP j30's j3038_1 that halves the time to proof).
///
/// The root bound is destructive: propagation, the energy check, mode and window shaving
/// refute makespans below it.
///
/// Branching: the selectable activity with the smallest earliest start (ties: smallest latest
/// start) first gets a mode (shortest first) and then either starts at its earliest start or is
/// postponed until propagation moves its earliest start. The search is exponential in the
/// worst case; it stops at a deadline and then reports the bound it has proven.
final class ConstraintBranchAndBound {
    let network: ProjectNetwork
    let horizon: Int
    /// Flat arcs `from → to`: minimum lags (`S_to ≥ F_from + lag`) and maximum lags
    /// (`S_to ≤ F_from + lag`).
    let minimumArcs: [(from: Int, to: Int, lag: Int)]
    let maximumArcs: [(from: Int, to: Int, lag: Int)]
    /// Pairs of activities that can never overlap.
    let disjunctivePairs: [(Int, Int)]
    /// Pairs of activities of a multi-mode problem that cannot overlap in some modes but can in
    /// others: ordered once the remaining modes all clash.
    let modeDependentPairs: [(Int, Int)]
    /// Sets of activities that pairwise cannot overlap (edge-finding scope).
    let unaryGroups: [(resource: Int, activities: [Int])]
    /// Renewable resources that time-tabling watches: all but the unary ones of a
    /// single-mode problem, where edge finding and detectable precedences subsume it.
    let timetabledResources: [Int]
    var profile: [Int]
    /// Pairs of budgets of a multi-mode problem that ``filterModesByBudgetPairs(_:changed:)``
    /// watches, the smaller capacity first.
    let budgetPairs: [(Int, Int)]
    /// Preprocessing of multi-mode problems: the root keeps only these modes.
    let modeReduction: ModeReduction?
    /// Whether every node gets window shaving: in multi-mode problems. On single-mode job
    /// shops it moved no bound in 10 s (ft10, la21, la24) and cost as much time as it saved
    /// (la04), so there only the root bound shaves. The flexible job shop turns it off too
    /// (see ``FlexibleJobShopSolver``).
    var shavesEveryNode: Bool
    /// The best schedule so far and its objective value: the search prunes every node that
    /// cannot beat `bestValue` (a climb sets it to its makespan ceiling + 1 without a schedule).
    var best: Schedule?
    var bestValue = Int.max
    /// When shaving and search give up; set by ``solve(incumbent:lowerBound:until:)``.
    var deadline: ContinuousClock.Instant = .now
    /// Whether the last search was cut short (deadline or stop signal), so proves nothing.
    var stopped = false
    /// Raised by another search of a portfolio to stop this one.
    var stopSignal: StopSignal?
    /// The portfolio's best schedule: pruned against every 256 nodes, told of each new one.
    var shared: SharedIncumbent?
    /// Search nodes so far (with the decisions of the clause-learning probes).
    var nodes = 0

    init(network: ProjectNetwork) {
        self.network = network
        var total = network.trivialHorizon
        for precedence in network.problem.precedences {
            total += abs(precedence.maximumLag ?? 0) + abs(min(0, precedence.minimumLag))
        }
        if let latestDeadline = network.problem.activities.compactMap(\.deadline).max(),
            network.problem.activities.allSatisfy({ $0.deadline != nil })
        {
            total = min(total, latestDeadline)
        }
        horizon = total
        var minimum: [(Int, Int, Int)] = []
        var maximum: [(Int, Int, Int)] = []
        for precedence in network.problem.precedences {
            minimum.append((precedence.predecessor, precedence.successor, precedence.minimumLag))
            if let lag = precedence.maximumLag {
                maximum.append((precedence.predecessor, precedence.successor, lag))
            }
        }
        minimumArcs = minimum
        maximumArcs = maximum
        func demands(_ pick: ([Int]) -> Int?) -> [[Int]] {
            (0..<network.activityCount).map { activity in
                network.renewable.map { resource in
                    pick(
                        (0..<network.modeCount(activity)).map {
                            network.demand(activity, $0, resource)
                        }) ?? 0
                }
            }
        }
        let leastDemand = demands { $0.min() }
        let largestDemand = network.problem.isSingleMode ? leastDemand : demands { $0.max() }
        func clash(_ demand: [[Int]], _ first: Int, _ second: Int) -> Bool {
            network.renewable.indices.contains { slot in
                demand[first][slot] + demand[second][slot]
                    > network.capacity[network.renewable[slot]]
            }
        }
        var pairs: [(Int, Int)] = []
        var modeDependent: [(Int, Int)] = []
        for first in 0..<network.activityCount {
            for second in (first + 1)..<max(first + 1, network.activityCount) {
                if clash(leastDemand, first, second) {
                    pairs.append((first, second))
                } else if clash(largestDemand, first, second) {
                    modeDependent.append((first, second))
                }
            }
        }
        disjunctivePairs = pairs
        modeDependentPairs = modeDependent
        let groups = Self.unaryGroups(network: network, leastDemand: leastDemand)
        unaryGroups = groups
        let unary = Set(groups.map(\.resource))
        timetabledResources =
            network.problem.isSingleMode
            ? network.renewable.filter { !unary.contains($0) } : network.renewable
        profile = []
        let reduction = network.problem.isSingleMode ? nil : ModeReduction(network: network)
        modeReduction = reduction
        shavesEveryNode = !network.problem.isSingleMode
        budgetPairs = Self.budgetPairs(network: network, reduction: reduction)
    }

    /// Searches until the tree is exhausted or `deadline`, starting from `incumbent`.
    func solve(
        incumbent: Schedule?, lowerBound: Int, until deadline: ContinuousClock.Instant
    ) -> BranchAndBoundResult {
        self.deadline = deadline
        stopped = false
        if let incumbent {
            best = incumbent
            bestValue = network.problem.objectiveValue(of: incumbent)
        }
        adoptShared()
        guard Self.supportsModes(of: network) else {
            // The mode sets do not fit the bit sets: no search, and so no proof (issue #19).
            return BranchAndBoundResult(
                schedule: best, value: best.map { _ in bestValue }, bound: lowerBound,
                isComplete: false, nodes: nodes)
        }
        var narrowed = false
        guard var root = rootState(), filterModesByBudgetPairs(&root, changed: &narrowed),
            propagate(&root)
        else {
            // No mode, or propagation alone refutes every schedule: proven infeasible.
            return BranchAndBoundResult(
                schedule: best, value: best.map { _ in bestValue }, bound: bestValue,
                isComplete: true, nodes: nodes)
        }
        let bound = strengthenedBound(root, from: lowerBound)
        if best != nil, bound >= bestValue {
            return BranchAndBoundResult(
                schedule: best, value: bestValue, bound: bestValue, isComplete: true, nodes: nodes)
        }
        search(&root)
        let complete = !stopped
        return BranchAndBoundResult(
            schedule: best, value: best.map { _ in bestValue },
            bound: complete ? (best == nil ? bound : bestValue) : bound,
            isComplete: complete, nodes: nodes)
    }

    /// The destructive lower bound alone (no search): the smallest makespan that propagation
    /// at the root (with mode and window shaving when `shaving`) cannot refute, at most
    /// `incumbentValue`.
    func destructiveBound(
        incumbentValue: Int, lowerBound: Int, until deadline: ContinuousClock.Instant,
        shaving: Bool = true
    ) -> Int {
        self.deadline = deadline
        bestValue = incumbentValue
        guard Self.supportsModes(of: network), let root = rootState() else { return lowerBound }
        return strengthenedBound(root, from: lowerBound, shaving: shaving)
    }

    /// Whether the deadline has passed or the stop signal was raised.
    var mustStop: Bool { ContinuousClock.now >= deadline || stopSignal?.isRaised == true }

    /// Whether every activity has at most ``SearchState/modeCapacity`` modes, the width of
    /// the mode bit sets this search works with.
    static func supportsModes(of network: ProjectNetwork) -> Bool {
        (0..<network.activityCount).allSatisfy {
            network.modeCount($0) <= SearchState.modeCapacity
        }
    }

    /// The root domains, or `nil` when an activity has no usable mode at all (a proof of
    /// infeasibility: callers check ``supportsModes(of:)`` first).
    func rootState() -> SearchState? {
        let count = network.activityCount
        var state = SearchState(
            earliestStart: network.problem.activities.map(\.releaseDate),
            latestCompletion: network.problem.activities.map {
                min($0.deadline ?? horizon, horizon)
            },
            modeMask: [], shortest: [], longest: [],
            leastDemand: [Int](repeating: 0, count: count * network.resourceCount),
            isFixed: [Bool](repeating: false, count: count),
            isPostponed: [Bool](repeating: false, count: count),
            postponedAt: [Int](repeating: 0, count: count))
        for activity in 0..<count {
            let modes = network.modeCount(activity)
            guard modes > 0, modes <= SearchState.modeCapacity else { return nil }
            let all: UInt64 = modes == 64 ? ~0 : (1 << UInt64(modes)) - 1
            state.modeMask.append(all & (modeReduction?.usableMask[activity] ?? all))
            guard state.modeMask[activity] != 0 else { return nil }
            state.shortest.append(0)
            state.longest.append(0)
            refreshModeBounds(&state, activity)
        }
        return state
    }

    /// The least makespan from `lowerBound` on that propagation, the energy check and (when
    /// `shaving`) mode and window shaving cannot refute at the root (destructive lower
    /// bounding, Klein & Scholl 1999), at most the incumbent's. A refuted makespan has no schedule, nor has any smaller
    /// one, so bisection finds it in O(log(incumbent − lowerBound)) probes. Makespan objective
    /// only.
    private func strengthenedBound(
        _ root: SearchState, from lowerBound: Int, shaving: Bool = true
    ) -> Int {
        guard network.problem.objective == .makespan else { return lowerBound }
        var refutedBelow = lowerBound
        // Every makespan below `refutedBelow` is refuted; `upper` survives or is the cap.
        var upper = max(lowerBound, min(bestValue, horizon))
        while refutedBelow < upper, !mustStop {
            let makespan = (refutedBelow + upper) / 2
            var probe = root
            for activity in probe.latestCompletion.indices {
                probe.latestCompletion[activity] = min(probe.latestCompletion[activity], makespan)
            }
            if propagate(&probe), energyFits(probe),
                !shaving || (shaveModes(&probe) && shaveWindows(&probe) && energyFits(probe))
            {
                upper = makespan
            } else {
                refutedBelow = makespan + 1
            }
        }
        return refutedBelow
    }

    func search(_ state: inout SearchState) {
        while true {
            nodes += 1
            if nodes & 255 == 0 {
                if mustStop { stopped = true }
                adoptShared()
            }
            if stopped { return }
            if network.problem.objective == .makespan, bestValue != Int.max {
                for activity in state.latestCompletion.indices {
                    state.latestCompletion[activity] = min(
                        state.latestCompletion[activity], bestValue - 1)
                }
            }
            guard propagate(&state), objectiveLowerBound(state) < bestValue else { return }
            if shavesEveryNode {
                guard shaveWindows(&state, checkingEnergy: false),
                    objectiveLowerBound(state) < bestValue
                else { return }
            }
            guard let activity = select(state) else {
                if state.isFixed.allSatisfy({ $0 }) { record(state) }
                return
            }
            if !state.hasSingleMode(activity) {
                // Solution-guided (Beck 2007): the incumbent's mode first, then shortest first.
                let guide = best?.modes[activity]
                let modes = (0..<network.modeCount(activity)).filter {
                    state.modeMask[activity] & (1 << UInt64($0)) != 0
                }.sorted {
                    ($0 == guide ? 0 : 1, network.duration(activity, $0))
                        < ($1 == guide ? 0 : 1, network.duration(activity, $1))
                }
                for mode in modes {
                    var child = state
                    child.modeMask[activity] = 1 << UInt64(mode)
                    refreshModeBounds(&child, activity)
                    search(&child)
                    if stopped { return }
                }
                return
            }
            var child = state
            child.isFixed[activity] = true
            child.latestCompletion[activity] =
                child.earliestStart[activity] + child.shortest[activity]
            search(&child)
            if stopped { return }
            state.isPostponed[activity] = true
            state.postponedAt[activity] = state.earliestStart[activity]
        }
    }

    /// The unfixed, unpostponed activity with the smallest earliest start, or `nil` when
    /// none is left or a postponed activity can no longer be woken (dominance).
    private func select(_ state: SearchState) -> Int? {
        var chosen: Int?
        var postponedLatest = Int.max
        for activity in 0..<network.activityCount where !state.isFixed[activity] {
            if state.isPostponed[activity] {
                postponedLatest = min(postponedLatest, state.latestStart(activity))
                continue
            }
            guard let current = chosen else {
                chosen = activity
                continue
            }
            if (state.earliestStart[activity], state.latestStart(activity))
                < (state.earliestStart[current], state.latestStart(current))
            {
                chosen = activity
            }
        }
        guard let chosen, state.earliestStart[chosen] <= postponedLatest else { return nil }
        return chosen
    }

    private func record(_ state: SearchState) {
        let schedule = Schedule(
            modes: (0..<network.activityCount).map { state.mode($0) }, starts: state.earliestStart)
        let value = network.problem.objectiveValue(of: schedule)
        guard value < bestValue,
            ScheduleValidator.violations(of: schedule, in: network.problem).isEmpty
        else { return }
        best = schedule
        bestValue = value
        shared?.offer(schedule)
    }

    /// Takes the portfolio's best schedule when it beats this search's own.
    private func adoptShared() {
        guard let shared, shared.value < bestValue, let (schedule, value) = shared.best else {
            return
        }
        best = schedule
        bestValue = value
    }

    /// A lower bound on the objective of every schedule below this node.
    private func objectiveLowerBound(_ state: SearchState) -> Int {
        let problem = network.problem
        switch problem.objective {
        case .makespan:
            return (0..<network.activityCount).reduce(0) {
                max($0, state.earliestStart[$1] + state.shortest[$1])
            }
        case .totalWeightedTardiness:
            return problem.activities.indices.reduce(0) { total, activity in
                guard let due = problem.activities[activity].dueDate else { return total }
                let late = max(0, state.earliestStart[activity] + state.shortest[activity] - due)
                return total + problem.activities[activity].tardinessWeight * late
            }
        case .resourceCost:
            var total = 0
            for activity in problem.activities.indices {
                var cheapest = Int.max
                for mode in ModeBits(state.modeMask[activity]) {
                    cheapest = min(cheapest, problem.modeCost(activity: activity, mode: mode))
                }
                total += cheapest == Int.max ? 0 : cheapest
            }
            return total
        }
    }

    /// Keeps only the modes `kept` of `activity` (a subset of its remaining ones), with their
    /// bounds; `false` when none is left.
    func restrictModes(
        _ state: inout SearchState, _ activity: Int, to kept: UInt64, changed: inout Bool
    ) -> Bool {
        guard kept != 0 else { return false }
        if kept != state.modeMask[activity] {
            state.modeMask[activity] = kept
            refreshModeBounds(&state, activity)
            changed = true
        }
        return true
    }

    /// Recomputes the shortest and longest duration and the least demands of `activity` over
    /// its remaining modes, O(M·K).
    func refreshModeBounds(_ state: inout SearchState, _ activity: Int) {
        var shortest = Int.max
        var longest = 0
        let row = activity * network.resourceCount
        for resource in 0..<network.resourceCount { state.leastDemand[row + resource] = Int.max }
        for mode in ModeBits(state.modeMask[activity]) {
            let duration = network.duration(activity, mode)
            shortest = min(shortest, duration)
            longest = max(longest, duration)
            for resource in 0..<network.resourceCount {
                state.leastDemand[row + resource] = min(
                    state.leastDemand[row + resource], network.demand(activity, mode, resource))
            }
        }
        for resource in 0..<network.resourceCount
        where state.leastDemand[row + resource] == Int.max {
            state.leastDemand[row + resource] = 0
        }
        state.shortest[activity] = shortest == Int.max ? 0 : shortest
        state.longest[activity] = longest
    }
}
