public import Grounding
public import PDDL
public import PlanningTask
public import Search

/// Plans for a PDDL task with durative actions: grounds it into snap actions, searches over
/// decision epochs (``TemporalSearch``), moves every step as early as the plan's causal
/// structure allows (``PlanRetiming``), and checks the plan with the lifted temporal validator
/// of the PDDL module, which shares no code with the grounder or the search.
public struct TemporalPDDLPlanner: Sendable {
    public let domain: Domain
    public let problem: Problem
    /// The ground temporal task the search works on.
    public let task: TemporalTask

    /// Grounds `problem` of `domain`.
    public init(domain: Domain, problem: Problem) throws(GroundingFailure) {
        self.domain = domain
        self.problem = problem
        self.task = try Grounder.groundTemporal(domain: domain, problem: problem)
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
    public func findPlan(limits: SearchLimits) -> (outcome: Outcome, statistics: SearchStatistics) {
        if isRelaxedUnsolvable { return (.unsolvable, SearchStatistics()) }
        let (outcome, statistics) = TemporalSearch(task: task, limits: limits).run()
        switch outcome {
        case .exhausted: return (.noPlanFound, statistics)
        case .limitReached(let limit): return (.limitReached(limit), statistics)
        case .solved(let found):
            let retimed = PlanRetiming.retimed(found, in: task)
            if validate(retimed).isValid { return (.solved(retimed), statistics) }
            switch validate(found) {
            case .valid: return (.solved(found), statistics)
            case .invalid(let failure): return (.rejected(failure.description), statistics)
            }
        }
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
        PlanValidator(domain: domain, problem: problem).validate(steps(of: plan))
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
