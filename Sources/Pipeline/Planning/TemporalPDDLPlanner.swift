import Foundation
public import Grounding
public import PDDL
public import PlanningTask
public import Search

/// Plans for a PDDL task with durative actions: grounds it into snap actions, searches over
/// decision epochs (``TemporalSearch``), moves every step as early as the plan's causal
/// structure allows (``PlanRetiming``), and checks the plan with the lifted temporal validator
/// of the PDDL module, which shares no code with the grounder or the search.
public struct TemporalPDDLPlanner: Sendable {
    /// The parsed PDDL domain, with durative actions.
    public let domain: Domain
    /// The parsed PDDL problem.
    public let problem: Problem
    /// The ground temporal task the search works on.
    public let task: TemporalTask
    /// The lifted validator, built once: the anytime search checks every improvement.
    private let validator: PlanValidator
    /// When the facts that only timed literals add hold.
    private let windows: FactWindows
    /// The classical compilation the LAMA-style searches plan in: the task's, with every
    /// windowed fact true from the start (its plans are then put into the windows).
    private let compiled: GroundTask

    /// Grounds `problem` of `domain` within the deadline and memory ceiling of `limits`
    /// (reaching one throws a ``GroundingFailure`` with its ``GroundingFailure/limit``).
    public init(domain: Domain, problem: Problem, limits: SearchLimits = .none)
        throws(GroundingFailure)
    {
        self.domain = domain
        self.problem = problem
        self.task = try Grounder.groundTemporal(
            domain: domain, problem: problem, limits: GroundingLimits(limits))
        self.validator = PlanValidator(domain: domain, problem: problem)
        let windows = FactWindows(task: task)
        self.windows = windows
        let relaxation = task.relaxation
        self.compiled = GroundTask(
            name: relaxation.name, facts: relaxation.facts, operators: relaxation.operators,
            initialFacts: relaxation.initialFacts + windows.facts.map { FactID($0) },
            goal: relaxation.goal, negativeGoal: relaxation.negativeGoal,
            hasActionCosts: relaxation.hasActionCosts)
    }

    /// How a temporal planning run ended.
    public enum Outcome: Sendable {
        /// A plan that the lifted validator accepts.
        case solved(TemporalPlan)
        /// The goal is unreachable even with deletes ignored: no plan exists.
        case unsolvable
        /// The search expanded every state it can reach without a plan; its search is
        /// incomplete, so this is no proof.
        case noPlanFound
        /// A limit was reached before a plan.
        case limitReached(SearchOutcome.Limit)
        /// The search's plan fails the independent check: a bug, with the validator's reason.
        case rejected(String)
    }

    /// Searches for a plan within `limits`.
    ///
    /// First the classical compilation (a LAMA-style search whose plan runs one step after
    /// another, parallelised by re-timing, or with timed literals that only open and close
    /// windows, put into the windows), for up to half the time, when the task does not
    /// ``TemporalTask/mayNeedConcurrency``, since most temporal domains need no overlap; where it finds no plan, or one
    /// that is not valid as a temporal plan, the decision-epoch search with the rest. With
    /// `anytime`, both routes run, then until the limit LAMA's anytime search with durations
    /// as costs, or, where the compilation cannot serve, the decision-epoch search again for
    /// a plan that ends before the best one; the plan with the least makespan is kept;
    /// `onPlan` receives each plan that improves the makespan.
    public func findPlan(
        limits: SearchLimits, anytime: Bool = false, onPlan: (TemporalPlan) -> Void = { _ in }
    ) -> (outcome: Outcome, statistics: SearchStatistics) {
        if isRelaxedUnsolvable { return (.unsolvable, SearchStatistics()) }
        var statistics = SearchStatistics()
        var best: TemporalPlan? = nil
        /// Keeps `plan`, re-timed, when it is shorter than the best; a plan of the
        /// compilation already lost its needless steps in the classical search.
        func offer(_ plan: TemporalPlan, compiled: Bool) {
            let candidate = retimed(compiled ? plan : withoutNeedlessSteps(plan, limits: limits))
            guard best.map({ candidate.makespan(in: task) < $0.makespan(in: task) - 1e-9 }) ?? true
            else { return }
            best = candidate
            onPlan(candidate)
        }
        // The compilation makes a fact that holds only during its action's run permanent, so
        // its plans fail where another action needs that fact over its run; timed literals
        // it can honour only when they just open and close windows.
        let compilationMayWork =
            !task.mayNeedConcurrency && (task.timedLiterals.isEmpty || windows.coverEveryLiteral)
        var compiledOutcome: SearchOutcome? = nil
        if compilationMayWork {
            let (outcome, compiledStatistics) = SatisficingPlanner(
                task: compiled, generator: SuccessorGenerator(task: compiled),
                limits: Self.share(of: limits, fraction: 0.5), anytime: false
            ).run()
            statistics.add(compiledStatistics)
            compiledOutcome = outcome
            if let plan = outcome.plan.flatMap(timed), validate(plan).isValid {
                offer(plan, compiled: true)
            }
        }
        var searchOutcome: TemporalSearch.Outcome? = nil
        if best == nil || anytime {
            let (outcome, searchStatistics) = TemporalSearch(
                task: task, limits: best == nil ? limits : Self.share(of: limits, fraction: 0.5)
            ).run()
            statistics.add(searchStatistics)
            searchOutcome = outcome
            if case .solved(let found) = outcome {
                switch validate(found) {
                case .valid: offer(found, compiled: false)
                case .invalid(let failure):
                    if best == nil { return (.rejected(failure.description), statistics) }
                }
            }
        }
        // Without the compilation, the decision-epoch search improves the makespan itself:
        // again and again, each time for a plan that ends before the best one.
        if anytime, !compilationMayWork, var bound = best?.makespan(in: task) {
            // Each search keeps every state it meets, so an improving one stops at half the
            // machine's memory (or the caller's ceiling), with the plan found so far.
            var improving = limits
            improving.memoryBytes = min(
                limits.memoryBytes ?? .max, Int(ProcessInfo.processInfo.physicalMemory / 2))
            while !limits.isPastDeadline {
                let (outcome, boundedStatistics) = TemporalSearch(
                    task: task, limits: improving, makespanBound: bound
                ).run()
                statistics.add(boundedStatistics)
                guard case .solved(let found) = outcome, validate(found).isValid else { break }
                offer(found, compiled: false)
                guard let improved = best?.makespan(in: task), improved < bound - 1e-9 else {
                    break
                }
                bound = improved
            }
        }
        if anytime, best != nil, compilationMayWork {
            let costed = durationCosted
            let (_, anytimeStatistics) = SatisficingPlanner(
                task: costed, generator: SuccessorGenerator(task: costed), limits: limits,
                anytime: true, incumbent: compiledOutcome?.plan
            ).run { sequential in
                if let plan = timed(sequential), validate(plan).isValid {
                    offer(plan, compiled: true)
                }
            }
            statistics.add(anytimeStatistics)
        }
        if let best { return (.solved(best), statistics) }
        if case .limitReached(.memory) = compiledOutcome {
            return (.limitReached(.memory), statistics)
        }
        switch searchOutcome {
        case .limitReached(let limit): return (.limitReached(limit), statistics)
        case .exhausted, .solved, nil: return (.noPlanFound, statistics)
        }
    }

    /// A plan with the fewest steps among the plans of the classical compilation run one step
    /// after another (A* with LM-cut), then re-timed; only for tasks the compilation serves
    /// as it is (no overlap needed, no timed literals), else nil.
    public func findFewestStepsPlan(limits: SearchLimits) -> (
        outcome: Outcome, statistics: SearchStatistics
    )? {
        guard !task.mayNeedConcurrency, task.timedLiterals.isEmpty else { return nil }
        let (outcome, statistics) = OptimalPlanner(
            task: compiled, generator: SuccessorGenerator(task: compiled), heuristic: .lmcut,
            limits: limits
        ).run()
        switch outcome {
        case .solved(let sequential):
            let plan = TemporalPlan(sequencing: sequential, in: task)
            guard case .invalid(let failure) = validate(plan) else {
                return (.solved(retimed(plan)), statistics)
            }
            return (.rejected(failure.description), statistics)
        // The compilation's proof covers only plans that run one step at a time.
        case .unsolvable: return (.noPlanFound, statistics)
        case .limitReached(let limit): return (.limitReached(limit), statistics)
        }
    }

    /// The classical compilation with each operator's duration as its cost, for searches that
    /// shorten plans in time rather than in steps. Durations are scaled so that the longest
    /// costs at most 1,000 (at least 1 each): the cost-improving searches keep open lists
    /// indexed by cost, which durations of 10^5 (parc-printer) would blow up to gigabytes.
    private var durationCosted: GroundTask {
        let relaxation = compiled
        let longest = task.operators.compactMap(\.duration).max() ?? 1
        let scale = min(100, 1000 / longest)
        let operators = zip(relaxation.operators, task.operators).map { compiled, op in
            Operator(
                name: compiled.name, arguments: compiled.arguments,
                preconditions: compiled.preconditions, addEffects: compiled.addEffects,
                deleteEffects: compiled.deleteEffects,
                conditionalEffects: compiled.conditionalEffects,
                cost: max(1, Int(((op.duration ?? 0) * scale).rounded())))
        }
        return GroundTask(
            name: relaxation.name, facts: relaxation.facts, operators: operators,
            initialFacts: relaxation.initialFacts, goal: relaxation.goal, hasActionCosts: true)
    }

    /// A plan of the compilation on the time line: one step after another, or, with timed
    /// literals, each step in the first window its conditions need (``PlanRetiming``).
    private func timed(_ plan: SequentialPlan) -> TemporalPlan? {
        task.timedLiterals.isEmpty
            ? TemporalPlan(sequencing: plan, in: task)
            : PlanRetiming.scheduled(plan, in: task, windows: windows)
    }

    /// `plan` without the steps it does not need: each step in turn is left out, the others
    /// keeping their times, and stays out when the validator accepts the rest (action
    /// elimination, as ``ActionElimination`` for sequential plans; a step that only served a
    /// left-out one goes in a later pass). Stops at the deadline of `limits`.
    private func withoutNeedlessSteps(_ plan: TemporalPlan, limits: SearchLimits) -> TemporalPlan {
        var steps = plan.steps
        var removedAny = true
        while removedAny, !limits.isPastDeadline {
            removedAny = false
            var candidate = 0
            while candidate < steps.count, !limits.isPastDeadline {
                var without = steps
                without.remove(at: candidate)
                if validate(TemporalPlan(steps: without)).isValid {
                    steps = without
                    removedAny = true
                } else {
                    candidate += 1
                }
            }
        }
        return TemporalPlan(steps: steps)
    }

    /// `plan` re-timed (``PlanRetiming``) when the validator accepts the result, else `plan`.
    private func retimed(_ plan: TemporalPlan) -> TemporalPlan {
        let retimed = PlanRetiming.retimed(plan, in: task)
        return validate(retimed).isValid ? retimed : plan
    }

    /// `limits` with `fraction` of the time left to the deadline (none without a deadline).
    private static func share(of limits: SearchLimits, fraction: Double) -> SearchLimits {
        var share = limits
        if let deadline = limits.deadline {
            let now = ContinuousClock.now
            share.deadline = now + (deadline - now) * fraction
        }
        return share
    }

    /// The plan's steps as the PDDL module sees them, with start times and durations.
    public func steps(of plan: TemporalPlan) -> [PlanStep] {
        plan.steps.map { step in
            let op = task.operators[step.op]
            return PlanStep(
                actionName: op.name, arguments: op.arguments, time: step.start,
                duration: op.duration)
        }
    }

    /// Checks `plan` with the lifted temporal validator.
    public func validate(_ plan: TemporalPlan) -> PlanValidation {
        validator.validate(steps(of: plan))
    }

    /// Whether the goal is unreachable in the delete relaxation of the snap actions with every
    /// timed literal's fact available: then no plan exists.
    private var isRelaxedUnsolvable: Bool {
        let relaxation = task.relaxation
        let snapRelaxation = GroundTask(
            name: relaxation.name, facts: relaxation.facts,
            operators: task.operators.flatMap { op in
                [
                    Operator(
                        name: op.name, arguments: op.arguments, preconditions: op.startConditions,
                        addEffects: op.startAdds, deleteEffects: []),
                    Operator(
                        name: op.name, arguments: op.arguments,
                        preconditions: op.startConditions + op.endConditions,
                        addEffects: op.endAdds, deleteEffects: []),
                ]
            },
            initialFacts: relaxation.initialFacts
                + task.timedLiterals.filter(\.isAdd).map(\.fact),
            goal: relaxation.goal)
        let ff = FFHeuristic(
            task: snapRelaxation, costs: [Int](repeating: 1, count: snapRelaxation.operatorCount))
        return snapRelaxation.initialState.words.withUnsafeBufferPointer { ff.evaluate($0) } == nil
    }
}
