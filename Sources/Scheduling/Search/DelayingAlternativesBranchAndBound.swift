/// The exact branch-and-bound of Demeulemeester & Herroelen (1992, 1997) for the
/// single-mode RCPSP: depth-first over decision points (the earliest finish of an activity in
/// progress), putting every eligible activity in progress and, on a resource conflict,
/// branching over the *minimal delaying alternatives* — the minimal sets of activities in
/// progress whose removal resolves it.
///
/// Pruning: a critical-path bound from the partial schedule and a resource (energy) bound
/// against the incumbent, and the *cutset* dominance rule: a node whose set of started
/// activities was already explored with an earlier decision time and no later finishes is
/// skipped. Applies to problems with one mode per activity, renewable resources,
/// zero-lag finish-to-start precedences, no release dates or deadlines, makespan objective
/// (job shops go to ``ConstraintBranchAndBound``, whose edge finding suits machines better).
///
/// Exponential in the worst case; each node costs O(n + P + 2^c·K) for c conflicting
/// activities. Memory grows with the cutset table, which is capped. Above
/// ``enumerationLimit`` conflicting activities the alternatives are found as complements of
/// the maximal subsets that fit, within a budget; beyond it a node branches over greedy
/// alternatives only, and such a search is *incomplete*: an exhausted tree then proves
/// nothing beyond the bound it was given (issue #19).
final class DelayingAlternativesBranchAndBound {
    let network: ProjectNetwork
    private let count: Int
    private let duration: [Int]
    /// Renewable demands, `demand[activity * renewableCount + slot]`.
    private let demand: [Int]
    private let renewableCount: Int
    private let capacity: [Int]
    /// Longest path from the start of each activity to the project end (its "tail" incl. itself).
    private let tail: [Int]
    private var start: [Int]
    /// Scratch array of ``lowerBound(time:)``.
    private var earliest: [Int]
    private let order: [Int]
    private var bestStarts: [Int]?
    private var bestValue = Int.max
    private var deadline: ContinuousClock.Instant = .now
    private var stopped = false
    /// Whether some node branched over fewer than all minimal delaying alternatives.
    private(set) var prunedIncompletely = false
    /// Most conflicting activities whose minimal delaying alternatives are enumerated.
    static let enumerationLimit = 12
    /// Raised by another search of a portfolio to stop this one.
    var stopSignal: StopSignal?
    /// The portfolio's best schedule: pruned against every 1024 nodes, told of each new one.
    var shared: SharedIncumbent?
    private(set) var nodes = 0
    private var cutsets: [ActivitySet: [(time: Int, finishes: [(Int, Int)])]] = [:]
    private var cutsetEntries = 0
    private let cutsetLimit = 2_000_000

    /// Whether the algorithm applies to `network`'s problem.
    static func applies(to network: ProjectNetwork) -> Bool {
        let problem = network.problem
        return problem.objective == .makespan && problem.isSingleMode && !problem.isJobShop
            && network.nonRenewable.isEmpty && !network.hasHardTimeWindows
            && !network.hasReleaseDates
            && problem.precedences.allSatisfy { $0.minimumLag == 0 }
            && network.topologicalOrder != nil && network.activityCount <= ActivitySet.capacity
    }

    init(network: ProjectNetwork) {
        self.network = network
        count = network.activityCount
        renewableCount = network.renewable.count
        duration = (0..<count).map { network.duration($0, 0) }
        var demands: [Int] = []
        for activity in 0..<count {
            for resource in network.renewable {
                demands.append(network.demand(activity, 0, resource))
            }
        }
        demand = demands
        capacity = network.renewable.map { network.capacity[$0] }
        var tails = duration
        for activity in (network.topologicalOrder ?? []).reversed() {
            for arc in network.successors[activity] {
                tails[activity] = max(tails[activity], duration[activity] + tails[arc.activity])
            }
        }
        tail = tails
        start = [Int](repeating: -1, count: count)
        earliest = [Int](repeating: 0, count: count)
        order = network.topologicalOrder ?? []
    }

    /// Searches until the tree is exhausted or `deadline`, improving on `incumbent`.
    func solve(
        incumbent: Schedule?, lowerBound: Int, until deadline: ContinuousClock.Instant
    ) -> BranchAndBoundResult {
        self.deadline = deadline
        if let incumbent {
            bestStarts = incumbent.starts
            bestValue = incumbent.makespan(in: network.problem)
        }
        adoptShared()
        let feasibleAlone = (0..<count).allSatisfy { activity in
            (0..<renewableCount).allSatisfy {
                demand[activity * renewableCount + $0] <= capacity[$0]
            }
        }
        if feasibleAlone, lowerBound < bestValue { explore(time: 0) }
        let complete = !stopped && !prunedIncompletely
        let schedule = bestStarts.map {
            Schedule(modes: [Int](repeating: 0, count: count), starts: $0)
        }
        let value = bestStarts == nil ? nil : bestValue
        return BranchAndBoundResult(
            schedule: schedule, value: value,
            bound: complete ? (value ?? lowerBound) : lowerBound,
            isComplete: complete || lowerBound >= bestValue,
            nodes: nodes)
    }

    private func explore(time: Int) {
        nodes += 1
        if nodes & 1023 == 0 {
            if ContinuousClock.now >= deadline || stopSignal?.isRaised == true { stopped = true }
            adoptShared()
        }
        if stopped { return }
        var inProgress: [Int] = []
        var eligible: [Int] = []
        var unscheduled = 0
        for activity in 0..<count {
            if start[activity] >= 0 {
                if start[activity] + duration[activity] > time { inProgress.append(activity) }
                continue
            }
            unscheduled += 1
            let ready = network.predecessors[activity].allSatisfy {
                start[$0.activity] >= 0 && start[$0.activity] + duration[$0.activity] <= time
            }
            if ready { eligible.append(activity) }
        }
        if unscheduled == 0 {
            let makespan = (0..<count).reduce(0) { max($0, start[$1] + duration[$1]) }
            if makespan < bestValue {
                bestValue = makespan
                bestStarts = start
                shared?.offer(Schedule(modes: [Int](repeating: 0, count: count), starts: start))
            }
            return
        }
        if isDominated(time: time, inProgress: inProgress) { return }
        for activity in eligible { start[activity] = time }
        let candidates = inProgress + eligible
        var alternatives = minimalDelayingAlternatives(candidates)
        // Evaluate each alternative's bound, then explore the most promising first.
        var scored: [(bound: Int, delayed: [Int])] = []
        for delayed in alternatives {
            let saved = delayed.map { start[$0] }
            for activity in delayed { start[activity] = -1 }
            let bound = lowerBound(time: time)
            if bound < bestValue { scored.append((bound, delayed)) }
            for (activity, value) in zip(delayed, saved) { start[activity] = value }
        }
        alternatives = []
        scored.sort { $0.bound < $1.bound }
        for (bound, delayed) in scored where bound < bestValue {
            let saved = delayed.map { start[$0] }
            for activity in delayed { start[activity] = -1 }
            var next = Int.max
            for activity in candidates where start[activity] >= 0 {
                let finish = start[activity] + duration[activity]
                next = min(next, finish > time ? finish : (finish == time ? time : next))
            }
            if next == Int.max { next = time }
            explore(time: next)
            for (activity, value) in zip(delayed, saved) { start[activity] = value }
            if stopped { break }
        }
        for activity in eligible { start[activity] = -1 }
        if !stopped { remember(time: time, inProgress: inProgress) }
    }

    /// Minimal subsets of `candidates` whose removal leaves every resource within capacity;
    /// `[[]]` when there is no conflict. O(2^c·c·K).
    private func minimalDelayingAlternatives(_ candidates: [Int]) -> [[Int]] {
        let users = candidates.filter { activity in
            duration[activity] > 0
                && (0..<renewableCount).contains { demand[activity * renewableCount + $0] > 0 }
        }
        if fits(users, removing: 0) { return [[]] }
        guard users.count <= Self.enumerationLimit else {
            if let alternatives = complementsOfMaximalFits(users) { return alternatives }
            // Too many to enumerate: delay each activity alone is not enough in general, so
            // fall back to the sets that keep one activity at a time on top of a greedy fit,
            // and the search no longer proves optimality.
            prunedIncompletely = true
            return greedyAlternatives(users)
        }
        // Subsets by increasing size (Gosper's hack), kept when no kept subset is inside.
        var minimal: [UInt32] = []
        let limit = UInt32(1) << UInt32(users.count)
        for size in 1...users.count {
            var mask = (UInt32(1) << UInt32(size)) - 1
            while mask < limit {
                if !minimal.contains(where: { $0 & mask == $0 }), fits(users, removing: mask) {
                    minimal.append(mask)
                }
                let lowest = mask & (~mask &+ 1)
                let ripple = mask &+ lowest
                mask = (((ripple ^ mask) >> 2) / lowest) | ripple
            }
        }
        return minimal.map { mask in
            users.indices.filter { mask & (1 << UInt32($0)) != 0 }.map { users[$0] }
        }
    }

    /// The minimal delaying alternatives of `users` as the complements of the maximal
    /// subsets that fit, found depth-first (keep an activity, when it fits, before leaving it
    /// out), or `nil` after ``maximalFitBudget`` steps. Where capacities are tight the fitting
    /// subsets are few, so this stays exact far beyond ``enumerationLimit`` activities;
    /// O(steps·K).
    private func complementsOfMaximalFits(_ users: [Int]) -> [[Int]]? {
        var load = [Int](repeating: 0, count: renewableCount)
        var kept = [Bool](repeating: false, count: users.count)
        var result: [[Int]] = []
        var steps = 0
        func fitsOnTop(_ activity: Int) -> Bool {
            (0..<renewableCount).allSatisfy {
                load[$0] + demand[activity * renewableCount + $0] <= capacity[$0]
            }
        }
        func change(_ activity: Int, by sign: Int) {
            for slot in 0..<renewableCount {
                load[slot] += sign * demand[activity * renewableCount + slot]
            }
        }
        /// Extends the kept set from `index` on; `false` once the budget is spent.
        func extend(from index: Int) -> Bool {
            steps += 1
            guard steps <= Self.maximalFitBudget else { return false }
            guard index < users.count else {
                // Maximal: nothing left out fits on top.
                if !users.indices.contains(where: { !kept[$0] && fitsOnTop(users[$0]) }) {
                    result.append(users.indices.filter { !kept[$0] }.map { users[$0] })
                }
                return true
            }
            if fitsOnTop(users[index]) {
                change(users[index], by: 1)
                kept[index] = true
                let finished = extend(from: index + 1)
                change(users[index], by: -1)
                kept[index] = false
                guard finished else { return false }
            }
            return extend(from: index + 1)
        }
        return extend(from: 0) ? result : nil
    }

    /// Most steps ``complementsOfMaximalFits(_:)`` takes at one node, about the work of
    /// enumerating the subsets of ``enumerationLimit`` activities.
    static let maximalFitBudget = 1 << 14

    private func greedyAlternatives(_ users: [Int]) -> [[Int]] {
        var result: [[Int]] = []
        for first in users.indices {
            var kept = [users[first]]
            var delayed: [Int] = []
            for (index, activity) in users.enumerated() where index != first {
                if fits(kept + [activity], removing: 0) {
                    kept.append(activity)
                } else {
                    delayed.append(activity)
                }
            }
            if !result.contains(where: { Set($0) == Set(delayed) }) { result.append(delayed) }
        }
        return result
    }

    private func fits(_ users: [Int], removing mask: UInt32) -> Bool {
        for slot in 0..<renewableCount {
            var load = 0
            for (index, activity) in users.enumerated() where mask & (1 << UInt32(index)) == 0 {
                load += demand[activity * renewableCount + slot]
            }
            if load > capacity[slot] { return false }
        }
        return true
    }

    /// Critical-path and energy bound of the partial schedule at decision time `time`:
    /// unscheduled activities start no earlier than the next decision point.
    private func lowerBound(time: Int) -> Int {
        // Local copies: reading `var` properties of a class in a hot loop costs an
        // exclusivity check per access.
        let start = self.start
        let duration = self.duration
        let tail = self.tail
        var next = Int.max
        var bound = 0
        for activity in 0..<count where start[activity] >= 0 {
            let finish = start[activity] + duration[activity]
            if finish > time { next = min(next, finish) }
            bound = max(bound, start[activity] + tail[activity])
        }
        if next == Int.max { next = time }
        let decision = next
        bound = earliest.withUnsafeMutableBufferPointer { earliest in
            var bound = bound
            for activity in order {
                if start[activity] >= 0 {
                    earliest[activity] = start[activity]
                    continue
                }
                var value = decision
                for arc in network.predecessors[activity] {
                    value = max(value, earliest[arc.activity] + duration[arc.activity])
                }
                earliest[activity] = value
                bound = max(bound, value + tail[activity])
            }
            return bound
        }
        // Energy still to be spent from the next decision point on, when every activity not
        // started yet can start.
        for slot in 0..<renewableCount where capacity[slot] > 0 {
            var energy = 0
            for activity in 0..<count {
                let use = demand[activity * renewableCount + slot]
                guard use > 0 else { continue }
                if start[activity] < 0 {
                    energy += use * duration[activity]
                } else {
                    energy += use * max(0, start[activity] + duration[activity] - decision)
                }
            }
            bound = max(bound, decision + (energy + capacity[slot] - 1) / capacity[slot])
        }
        return bound
    }

    private func startedSet() -> ActivitySet {
        let start = self.start
        var set = ActivitySet()
        for activity in 0..<count where start[activity] >= 0 { set.insert(activity) }
        return set
    }

    /// Takes the portfolio's best schedule when it beats this search's own (plain RCPSP: the
    /// objective is the makespan).
    private func adoptShared() {
        guard let shared, shared.value < bestValue, let (schedule, value) = shared.best else {
            return
        }
        bestStarts = schedule.starts
        bestValue = value
    }

    /// The cutset rule: the same activities started, at an earlier or equal time, with every
    /// activity in progress then finishing no later than here.
    private func isDominated(time: Int, inProgress: [Int]) -> Bool {
        guard let entries = cutsets[startedSet()] else { return false }
        let start = self.start
        for entry in entries where entry.time <= time {
            let dominated = entry.finishes.allSatisfy { activity, finish in
                finish <= max(start[activity] + duration[activity], time)
            }
            if dominated { return true }
        }
        return false
    }

    private func remember(time: Int, inProgress: [Int]) {
        guard cutsetEntries < cutsetLimit else { return }
        let finishes = inProgress.map { ($0, start[$0] + duration[$0]) }
        cutsets[startedSet(), default: []].append((time, finishes))
        cutsetEntries += 1
    }
}
