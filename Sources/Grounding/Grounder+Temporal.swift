public import PDDL
public import PlanningTask
import SourceText

extension Grounder {
    /// Grounds a temporal task: each reachable binding of a durative action becomes a
    /// ``DurativeOperator`` (its start, end and `over all` parts, and its duration from the
    /// duration constraints under static functions), each instantaneous action one without a
    /// duration, and the timed initial literals become ``GroundTimedLiteral``s. Negative
    /// conditions are compiled into complement facts as in ``ground(domain:problem:limits:)``.
    /// Operators irrelevant to the goal are left out (``RelevanceAnalysis``).
    ///
    /// - Throws: `GroundingFailure` as ``ground(domain:problem:limits:)``, and for durative actions
    ///   with disjunctive conditions, conditional effects or non-positive durations.
    public static func groundTemporal(
        domain: Domain, problem: Problem, limits: GroundingLimits = .none
    ) throws(GroundingFailure) -> TemporalTask {
        let instantiation = try instantiate(
            domain: domain, problem: problem, temporal: true, limits: limits)
        let (pruned, kept) = ReachabilityPruner.prune(instantiation.task)
        var newIndex = [Int](repeating: -1, count: instantiation.task.operatorCount)
        for (index, old) in kept.enumerated() { newIndex[old] = index }
        func keptOperator(_ old: Int) -> Operator? {
            newIndex[old] >= 0 ? pruned.operators[newIndex[old]] : nil
        }
        var relaxed: [Operator] = []
        var operators: [DurativeOperator] = []
        for action in 0..<instantiation.actionCount {
            guard let compiled = keptOperator(action) else { continue }
            if let located = instantiation.parts[action] {
                guard let start = keptOperator(located.start), let end = keptOperator(located.end),
                    let invariant = keptOperator(located.invariant)
                else { continue }
                operators.append(
                    DurativeOperator(
                        name: compiled.name, arguments: compiled.arguments,
                        duration: located.duration, startConditions: start.preconditions,
                        invariant: invariant.preconditions, endConditions: end.preconditions,
                        startAdds: start.addEffects, startDeletes: start.deleteEffects,
                        endAdds: end.addEffects, endDeletes: end.deleteEffects))
            } else {
                guard !compiled.hasConditionalEffects else {
                    throw GroundingFailure(
                        location: .unknown, inProblem: false,
                        message: "conditional effects of '\(compiled.name)' are not supported "
                            + "by the temporal planner")
                }
                operators.append(
                    DurativeOperator(
                        name: compiled.name, arguments: compiled.arguments, duration: nil,
                        startConditions: compiled.preconditions, invariant: [], endConditions: [],
                        startAdds: compiled.addEffects, startDeletes: compiled.deleteEffects,
                        endAdds: [], endDeletes: []))
            }
            relaxed.append(compiled)
        }
        var literals: [GroundTimedLiteral] = []
        for (offset, literal) in problem.timedLiterals.enumerated() {
            guard let op = keptOperator(instantiation.firstLiteral + offset) else { continue }
            literals += op.addEffects.map {
                GroundTimedLiteral(time: literal.time, fact: $0, isAdd: true)
            }
            literals += op.deleteEffects.map {
                GroundTimedLiteral(time: literal.time, fact: $0, isAdd: false)
            }
        }
        let relaxation = GroundTask(
            name: pruned.name, facts: pruned.facts, operators: relaxed,
            initialFacts: pruned.initialFacts, goal: pruned.goal,
            negativeGoal: pruned.negativeGoal)
        return RelevanceAnalysis.restricted(
            TemporalTask(relaxation: relaxation, operators: operators, timedLiterals: literals))
    }
}
