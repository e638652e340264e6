import PlanningTask

/// Backward relevance: which operators and facts can matter for the goal. A fact is relevant
/// if the goal needs it (true, or false: the negative goal) or a relevant operator needs it;
/// an operator is relevant if it makes a relevant fact true, or a fact of the negative goal
/// false. Conditions are positive (the grounder compiles negative ones into complement facts
/// that deleting operators add), so an operator that is not relevant can be left out of any
/// plan without breaking it, and a fact that is not relevant is never asked for.
///
/// A temporal task grounds every pair of pieces for a structure that only the goal's pairs
/// can use (temporal-machine-shop p15: 72,734 operators and 72,771 facts, of which 724
/// operators are relevant); the search would carry them all in every state.
///
/// - Complexity: O(size of the task).
enum RelevanceAnalysis {
    /// `task` with only its relevant operators and facts (renumbered, in the same order), and
    /// the timed literals on relevant facts.
    static func restricted(_ task: TemporalTask) -> TemporalTask {
        let factCount = task.facts.count
        var achievers = [[Int]](repeating: [], count: factCount)
        for (index, op) in task.operators.enumerated() {
            for fact in op.startAdds + op.endAdds { achievers[fact.index].append(index) }
        }
        var isRelevantFact = [Bool](repeating: false, count: factCount)
        var isRelevant = [Bool](repeating: false, count: task.operators.count)
        var facts: [FactID] = []
        var operators: [Int] = []
        func markFact(_ fact: FactID) {
            guard !isRelevantFact[fact.index] else { return }
            isRelevantFact[fact.index] = true
            facts.append(fact)
        }
        func markOperator(_ index: Int) {
            guard !isRelevant[index] else { return }
            isRelevant[index] = true
            operators.append(index)
        }
        task.relaxation.goal.forEach(markFact)
        task.relaxation.negativeGoal.forEach(markFact)
        let falseAtGoal = Set(task.relaxation.negativeGoal)
        for (index, op) in task.operators.enumerated()
        where (op.startDeletes + op.endDeletes).contains(where: falseAtGoal.contains) {
            markOperator(index)
        }
        while !facts.isEmpty || !operators.isEmpty {
            if let fact = facts.popLast() {
                achievers[fact.index].forEach(markOperator)
            } else if let index = operators.popLast() {
                let op = task.operators[index]
                (op.startConditions + op.invariant + op.endConditions).forEach(markFact)
                task.relaxation.operators[index].preconditions.forEach(markFact)
            }
        }
        return renumbered(task, keepingFacts: isRelevantFact, operators: isRelevant)
    }

    /// `task` with the facts and operators marked kept, fact ids renumbered.
    private static func renumbered(
        _ task: TemporalTask, keepingFacts keptFacts: [Bool], operators keptOperators: [Bool]
    ) -> TemporalTask {
        var newID = [Int32](repeating: -1, count: keptFacts.count)
        var facts: [Fact] = []
        for fact in keptFacts.indices where keptFacts[fact] {
            newID[fact] = Int32(facts.count)
            facts.append(task.facts[fact])
        }
        func map(_ ids: [FactID]) -> [FactID] {
            ids.compactMap { newID[$0.index] >= 0 ? FactID(rawValue: newID[$0.index]) : nil }
        }
        let kept = keptOperators.indices.filter { keptOperators[$0] }
        let operators = kept.map { index in
            let op = task.operators[index]
            return DurativeOperator(
                name: op.name, arguments: op.arguments, duration: op.duration,
                startConditions: map(op.startConditions), invariant: map(op.invariant),
                endConditions: map(op.endConditions), startAdds: map(op.startAdds),
                startDeletes: map(op.startDeletes), endAdds: map(op.endAdds),
                endDeletes: map(op.endDeletes))
        }
        let relaxed = kept.map { index in
            let op = task.relaxation.operators[index]
            return Operator(
                name: op.name, arguments: op.arguments, preconditions: map(op.preconditions),
                negativePreconditions: map(op.negativePreconditions),
                addEffects: map(op.addEffects), deleteEffects: map(op.deleteEffects),
                cost: op.cost)
        }
        let relaxation = task.relaxation
        return TemporalTask(
            relaxation: GroundTask(
                name: relaxation.name, facts: facts, operators: relaxed,
                initialFacts: map(relaxation.initialFacts), goal: map(relaxation.goal),
                negativeGoal: map(relaxation.negativeGoal),
                hasActionCosts: relaxation.hasActionCosts),
            operators: operators,
            timedLiterals: task.timedLiterals.compactMap { literal in
                newID[literal.fact.index] < 0
                    ? nil
                    : GroundTimedLiteral(
                        time: literal.time, fact: FactID(rawValue: newID[literal.fact.index]),
                        isAdd: literal.isAdd)
            })
    }
}
