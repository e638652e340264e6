/// Builds good schedules fast: the serial schedule-generation scheme with every
/// ``PriorityRule``, forward-backward improvement of each, then randomised multi-pass
/// sampling (Kolisch & Drexl 1996) around the latest-finish rule, alternating with
/// perturbations of the incumbent's start order followed by forward-backward improvement
/// (in the spirit of iterated justification, Valls et al. 2005); for multi-mode problems an
/// iterated local search over budget-feasible mode assignments with restarts.
///
/// Every schedule kept is checked with ``ScheduleValidator``, so maximum lags and deadlines,
/// which the generation scheme does not enforce, can only make a pass fail, not lie.
final class HeuristicScheduler {
    let network: ProjectNetwork
    private let generator: SerialScheduleGenerator
    private let improvement: ForwardBackwardImprovement
    private var random: SplitMix64
    /// The modes of each activity that ``ModeReduction`` keeps (the generation scheme could
    /// not place a mode above a renewable capacity, and dominated modes never help).
    private let usableModes: [[Int]]
    private(set) var best: Schedule?
    private(set) var bestValue = Int.max
    private(set) var schedulesBuilt = 0
    /// Once raised, the passes stop as if their deadline had passed.
    var stopSignal: StopSignal?

    init(network: ProjectNetwork, seed: UInt64 = 1) {
        self.network = network
        generator = SerialScheduleGenerator(network: network)
        improvement = ForwardBackwardImprovement(generator: generator)
        random = SplitMix64(seed: seed)
        usableModes = ModeReduction(network: network).usableModes
    }

    /// Runs the priority rules, then random passes until `passes` schedules were built or
    /// `deadline` passed. Returns the best valid schedule, if any was found.
    @discardableResult
    func run(passes: Int, until deadline: ContinuousClock.Instant) -> Schedule? {
        guard network.topologicalOrder != nil else { return best }
        guard let assignment = initialModes() else { return best }
        let times = criticalPath(for: assignment)
        for rule in PriorityRule.allCases {
            evaluate(
                priority: rule.values(network: network, modes: assignment, times: times),
                modes: assignment)
        }
        if !network.problem.isSingleMode {
            searchModes(from: assignment, passes: passes, until: deadline)
            return best
        }
        let spread = Double(max(1, times.length)) * 0.25
        var pass = 0
        while pass < passes, isRunning(until: deadline) {
            pass += 1
            let priority: [Double]
            if pass % 3 != 0, let incumbent = best {
                // Iterated justification: perturb the incumbent's start order.
                priority = perturbedOrder(of: incumbent)
            } else {
                priority = times.latestFinish.indices.map {
                    Double(times.latestFinish[$0]) + Double.random(in: 0..<spread, using: &random)
                }
            }
            evaluate(priority: priority, modes: assignment)
        }
        return best
    }

    /// Improves the incumbent of a single-mode problem until `deadline` (multi-mode problems:
    /// ``run(passes:until:)``): iterated justification with plateau moves. Each pass perturbs
    /// the current schedule's start order and applies forward-backward improvement; the current
    /// schedule follows improving and equally good moves (RCPSP landscapes are mostly
    /// plateaus), and returns to the incumbent after ``restartAfter`` passes without
    /// improvement (Valls, Ballestín & Quintanilla 2005; Lourenço, Martin & Stützle 2003).
    /// Each pass costs one serial schedule and its forward-backward improvement.
    func improve(until deadline: ContinuousClock.Instant) {
        guard network.problem.isSingleMode, var current = best else {
            run(passes: Int.max, until: deadline)
            return
        }
        var currentValue = bestValue
        var stalled = 0
        while isRunning(until: deadline) {
            if stalled >= Self.restartAfter, let incumbent = best {
                current = incumbent
                currentValue = bestValue
                stalled = 0
            }
            let (schedule, value) = build(
                priority: perturbedOrder(of: current), modes: current.modes)
            guard value <= currentValue, isValid(schedule) else {
                stalled += 1
                continue
            }
            stalled = value < currentValue ? 0 : stalled + 1
            current = schedule
            currentValue = value
            keep(schedule, value)
        }
    }

    /// Iterated local search over mode assignments and start orders for multi-mode problems
    /// (in the spirit of Hartmann 2001 and Kolisch & Drexl 1997): every other pass moves to a
    /// budget-feasible neighbouring mode assignment, each pass perturbs the current start
    /// order, and the current solution follows improving and sideways moves. After
    /// ``restartAfter`` passes without improving the current value the search restarts,
    /// alternately from a random budget-feasible mode assignment and from the incumbent after
    /// a kick of a few mode moves (iterated local search, Lourenço, Martin & Stützle 2003).
    /// Each pass costs one serial schedule and its forward-backward improvement.
    private func searchModes(
        from assignment: [Int], passes: Int, until deadline: ContinuousClock.Instant
    ) {
        var current = best
        var currentValue = bestValue
        var stalled = 0
        var restarts = 0
        var pass = 0
        while pass < passes, isRunning(until: deadline) {
            pass += 1
            guard let base = current, stalled < Self.restartAfter else {
                let restart: (priority: [Double], modes: [Int])
                if restarts % 2 == 1, let incumbent = best {
                    restart = (perturbedOrder(of: incumbent), kicked(incumbent.modes))
                } else {
                    let modes = randomModes() ?? assignment
                    let times = criticalPath(for: modes)
                    let spread = Double(max(1, times.length)) * 0.25
                    let priority = times.latestFinish.indices.map {
                        Double(times.latestFinish[$0])
                            + Double.random(in: 0..<spread, using: &random)
                    }
                    restart = (priority, modes)
                }
                restarts += 1
                let (schedule, value) = build(priority: restart.priority, modes: restart.modes)
                if isValid(schedule) {
                    current = schedule
                    currentValue = value
                    keep(schedule, value)
                }
                stalled = 0
                continue
            }
            let modes =
                pass % 2 == 0 ? (neighbourModes(of: base.modes) ?? base.modes) : base.modes
            let (schedule, value) = build(priority: perturbedOrder(of: base), modes: modes)
            let accepted =
                (value < currentValue || (value == currentValue && modes != base.modes))
                && isValid(schedule)
            stalled = accepted && value < currentValue ? 0 : stalled + 1
            if accepted {
                keep(schedule, value)
                current = schedule
                currentValue = value
            }
        }
    }

    /// Passes without improvement after which ``improve(until:)`` returns to the incumbent and
    /// ``searchModes(from:passes:until:)`` restarts.
    private static let restartAfter = 300

    /// The start times of `schedule` with noise of a tenth of its makespan, as a priority.
    private func perturbedOrder(of schedule: Schedule) -> [Double] {
        let noise = Double(max(2, schedule.makespan(in: network.problem) / 10))
        return schedule.starts.map { Double($0) + Double.random(in: 0..<noise, using: &random) }
    }

    /// `modes` after ``kickMoves`` neighbour moves: the restart point of every other restart.
    private func kicked(_ modes: [Int]) -> [Int] {
        var result = modes
        for _ in 0..<Self.kickMoves {
            result = neighbourModes(of: result) ?? result
        }
        return result
    }

    /// Mode moves that take a restart away from the incumbent's mode assignment.
    private static let kickMoves = 3

    /// A uniformly random mode per activity, repaired to fit the budgets; `nil` when the
    /// repair fails.
    private func randomModes() -> [Int]? {
        var modes = usableModes.map { $0.randomElement(using: &random) ?? 0 }
        return repairBudgets(&modes) ? modes : nil
    }

    /// Offers a schedule found elsewhere (it must be valid) as the incumbent.
    func offer(_ schedule: Schedule) {
        let value = network.problem.objectiveValue(of: schedule)
        if value < bestValue {
            best = schedule
            bestValue = value
        }
    }

    private func evaluate(priority: [Double], modes: [Int]) {
        let (schedule, value) = build(priority: priority, modes: modes)
        keep(schedule, value)
    }

    /// A serial schedule for `priority` and `modes` after forward-backward improvement, with
    /// its objective value (not yet checked, see ``isValid(_:)``).
    private func build(priority: [Double], modes: [Int]) -> (Schedule, Int) {
        var starts = generator.schedule(priority: priority, modes: modes)
        if !network.hasReleaseDates || network.problem.objective == .makespan {
            starts = improvement.improve(starts: starts, modes: modes)
        }
        schedulesBuilt += 1
        let schedule = Schedule(modes: modes, starts: starts)
        return (schedule, network.problem.objectiveValue(of: schedule))
    }

    /// Whether the passes go on: `deadline` has not passed and no stop was signalled.
    private func isRunning(until deadline: ContinuousClock.Instant) -> Bool {
        ContinuousClock.now < deadline && stopSignal?.isRaised != true
    }

    /// Whether `schedule` holds: serial schedules can break only maximum lags, deadlines and
    /// release dates, so only problems with those are checked.
    private func isValid(_ schedule: Schedule) -> Bool {
        !(network.hasHardTimeWindows || network.hasReleaseDates)
            || ScheduleValidator.violations(of: schedule, in: network.problem).isEmpty
    }

    /// Makes `schedule` the incumbent when it is better and valid.
    private func keep(_ schedule: Schedule, _ value: Int) {
        guard value < bestValue, isValid(schedule) else { return }
        best = schedule
        bestValue = value
    }

    private func criticalPath(for modes: [Int]) -> CriticalPathTimes {
        CriticalPathTimes(network: network, duration: { self.network.duration($0, modes[$0]) })
    }

    /// Modes that fit every non-renewable budget: the least normalised budget use first,
    /// repaired by single mode changes when budgets are still exceeded, then shorter modes
    /// swapped in greedily while budgets allow. `nil` when no budget-feasible assignment was
    /// found.
    private func initialModes() -> [Int]? {
        let count = network.activityCount
        guard usableModes.allSatisfy({ !$0.isEmpty }) else { return nil }
        var modes = [Int](repeating: 0, count: count)
        for activity in 0..<count {
            modes[activity] =
                usableModes[activity].min { left, right in
                    (budgetShare(activity, left), network.duration(activity, left))
                        < (budgetShare(activity, right), network.duration(activity, right))
                } ?? 0
        }
        guard repairBudgets(&modes) else { return nil }
        for activity in 0..<count {
            let shorter = usableModes[activity].sorted {
                network.duration(activity, $0) < network.duration(activity, $1)
            }
            for mode in shorter
            where network.duration(activity, mode) < network.duration(activity, modes[activity]) {
                let previous = modes[activity]
                modes[activity] = mode
                if fitsBudgets(modes) { break }
                modes[activity] = previous
            }
        }
        return modes
    }

    /// Steepest descent on the total budget excess by single mode changes, O(n²·M·K) per
    /// step. Returns whether every budget holds afterwards.
    private func repairBudgets(_ modes: inout [Int]) -> Bool {
        var current = budgetExcess(modes)
        while current > 0 {
            var bestChange: (activity: Int, mode: Int, excess: Int)?
            for activity in modes.indices {
                let previous = modes[activity]
                for mode in usableModes[activity] where mode != previous {
                    modes[activity] = mode
                    let value = budgetExcess(modes)
                    if value < (bestChange?.excess ?? current) {
                        bestChange = (activity, mode, value)
                    }
                }
                modes[activity] = previous
            }
            guard let change = bestChange else { return false }
            modes[change.activity] = change.mode
            current = change.excess
        }
        return true
    }

    /// A neighbouring mode assignment: one random activity takes another mode and, when that
    /// breaks a budget, up to three random mode changes that each lower the excess repair it
    /// (a two- or more-activity exchange of budget, as single changes rarely stay feasible
    /// under tight budgets). O(n²·M·K) per repair; `nil` when no budget-feasible neighbour
    /// was found.
    private func neighbourModes(of modes: [Int]) -> [Int]? {
        for _ in 0..<4 {
            let activity = Int.random(in: 0..<network.activityCount, using: &random)
            guard let mode = usableModes[activity].randomElement(using: &random),
                mode != modes[activity]
            else { continue }
            var candidate = modes
            candidate[activity] = mode
            var excess = budgetExcess(candidate)
            var repairs = 0
            while excess > 0, repairs < 3 {
                var changes: [(activity: Int, mode: Int)] = []
                for other in candidate.indices where other != activity {
                    let previous = candidate[other]
                    for alternative in usableModes[other] where alternative != previous {
                        candidate[other] = alternative
                        if budgetExcess(candidate) < excess { changes.append((other, alternative)) }
                    }
                    candidate[other] = previous
                }
                guard let change = changes.randomElement(using: &random) else { break }
                candidate[change.activity] = change.mode
                excess = budgetExcess(candidate)
                repairs += 1
            }
            if excess == 0 { return candidate }
        }
        return nil
    }

    private func budgetShare(_ activity: Int, _ mode: Int) -> Double {
        network.nonRenewable.reduce(0.0) { total, resource in
            total + Double(network.demand(activity, mode, resource))
                / Double(max(1, network.capacity[resource]))
        }
    }

    private func fitsBudgets(_ modes: [Int]) -> Bool { budgetExcess(modes) == 0 }

    /// The total amount by which `modes` exceed the non-renewable budgets, O(n·K).
    private func budgetExcess(_ modes: [Int]) -> Int {
        network.nonRenewable.reduce(0) { total, resource in
            let used = modes.indices.reduce(0) { $0 + network.demand($1, modes[$1], resource) }
            return total + max(0, used - network.capacity[resource])
        }
    }
}
