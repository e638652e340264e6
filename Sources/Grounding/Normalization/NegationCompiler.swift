import PlanningTask

/// Compiles negative conditions into positive ones (Gazen & Knoblock 1997, "Combining the
/// expressivity of UCPOP with the efficiency of Graphplan"): each fact `p` that occurs
/// negated in a precondition, effect condition or the goal gets a complement fact `not-p`,
/// true exactly when `p` is false. Every effect on `p` gets the mirrored effect on `not-p`.
///
/// Delete-relaxation heuristics ignore negative conditions; after the compilation they see
/// what it takes to make `p` false, as they do on Fast Downward's finite-domain variables.
///
/// - Complexity: O(size of the task).
enum NegationCompiler {
    /// The task with no negative preconditions, effect conditions or goals.
    static func compile(_ task: GroundTask) -> GroundTask {
        guard task.hasNegativeConditions else { return task }
        var complement = [Int32](repeating: -1, count: task.factCount)
        var facts = task.facts
        func complementOf(_ fact: FactID) -> FactID {
            if complement[fact.index] < 0 {
                complement[fact.index] = Int32(facts.count)
                let original = task.facts[fact.index]
                facts.append(
                    Fact(predicate: "not-" + original.predicate, arguments: original.arguments))
            }
            return FactID(rawValue: complement[fact.index])
        }
        for op in task.operators {
            for fact in op.negativePreconditions { _ = complementOf(fact) }
            for effect in op.conditionalEffects {
                for fact in effect.negativeCondition { _ = complementOf(fact) }
            }
        }
        for fact in task.negativeGoal { _ = complementOf(fact) }

        func mirrored(_ facts: [FactID]) -> [FactID] {
            facts.compactMap {
                complement[$0.index] >= 0 ? FactID(rawValue: complement[$0.index]) : nil
            }
        }
        let operators = task.operators.map { op in
            Operator(
                name: op.name, arguments: op.arguments,
                preconditions: op.preconditions + op.negativePreconditions.map(complementOf),
                addEffects: op.addEffects + mirrored(op.deleteEffects),
                deleteEffects: op.deleteEffects + mirrored(op.addEffects),
                conditionalEffects: op.conditionalEffects.map { effect in
                    ConditionalEffect(
                        condition: effect.condition + effect.negativeCondition.map(complementOf),
                        addEffects: effect.addEffects + mirrored(effect.deleteEffects),
                        deleteEffects: effect.deleteEffects + mirrored(effect.addEffects))
                },
                cost: op.cost)
        }
        let initiallyTrue = Set(task.initialFacts)
        var initialFacts = task.initialFacts
        for fact in 0..<task.factCount
        where complement[fact] >= 0 && !initiallyTrue.contains(FactID(fact)) {
            initialFacts.append(FactID(rawValue: complement[fact]))
        }
        return GroundTask(
            name: task.name, facts: facts, operators: operators, initialFacts: initialFacts,
            goal: task.goal + task.negativeGoal.map(complementOf), negativeGoal: [],
            hasActionCosts: task.hasActionCosts)
    }
}
