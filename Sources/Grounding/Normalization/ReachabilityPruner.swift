import PlanningTask

/// Removes what the ground task cannot reach: a forward relaxed-reachability pass over the
/// ground operators (exact for the delete relaxation, unlike the lifted analysis, which
/// ignores negative and non-conjunctive conditions), then renumbering of the facts.
///
/// - Complexity: O(size of the task).
enum ReachabilityPruner {
    /// `task` without relaxed-unreachable facts, operators and conditional effects, and the
    /// index in `task` of each operator kept.
    static func prune(_ task: GroundTask) -> (task: GroundTask, kept: [Int]) {
        var reached = [Bool](repeating: false, count: task.factCount)
        var queue: [FactID] = []
        for fact in task.initialFacts where !reached[fact.index] {
            reached[fact.index] = true
            queue.append(fact)
        }
        var waiting = [[Int]](repeating: [], count: task.factCount)
        var missing: [Int] = []
        // Relaxed rules: rule i < operatorCount is operator i; each conditional effect adds
        // one more rule (its operator's preconditions plus its condition).
        var rulePreconditions: [[FactID]] = []
        var ruleAdds: [[FactID]] = []
        for op in task.operators {
            rulePreconditions.append(op.preconditions)
            ruleAdds.append(op.addEffects)
        }
        var effectRule: [[Int]] = []
        for op in task.operators {
            var rules: [Int] = []
            for effect in op.conditionalEffects {
                rules.append(rulePreconditions.count)
                rulePreconditions.append(Array(Set(op.preconditions + effect.condition)))
                ruleAdds.append(effect.addEffects)
            }
            effectRule.append(rules)
        }
        var fired = [Bool](repeating: false, count: rulePreconditions.count)
        for (rule, preconditions) in rulePreconditions.enumerated() {
            missing.append(preconditions.count)
            for fact in preconditions { waiting[fact.index].append(rule) }
        }
        func fire(_ rule: Int) {
            fired[rule] = true
            for fact in ruleAdds[rule] where !reached[fact.index] {
                reached[fact.index] = true
                queue.append(fact)
            }
        }
        for rule in rulePreconditions.indices where missing[rule] == 0 { fire(rule) }
        var head = 0
        while head < queue.count {
            let fact = queue[head]
            head += 1
            for rule in waiting[fact.index] {
                missing[rule] -= 1
                if missing[rule] == 0 { fire(rule) }
            }
        }
        for fact in task.goal where !reached[fact.index] { reached[fact.index] = true }
        var newID = [Int32](repeating: -1, count: task.factCount)
        var facts: [Fact] = []
        for fact in 0..<task.factCount where reached[fact] {
            newID[fact] = Int32(facts.count)
            facts.append(task.facts[fact])
        }
        func map(_ ids: [FactID]) -> [FactID] {
            ids.compactMap { newID[$0.index] >= 0 ? FactID(rawValue: newID[$0.index]) : nil }
        }
        var operators: [Operator] = []
        var kept: [Int] = []
        for (index, op) in task.operators.enumerated() where fired[index] {
            kept.append(index)
            let effects = zip(op.conditionalEffects, effectRule[index]).compactMap {
                effect, rule -> ConditionalEffect? in
                guard fired[rule] else { return nil }
                return ConditionalEffect(
                    condition: map(effect.condition),
                    negativeCondition: map(effect.negativeCondition),
                    addEffects: map(effect.addEffects), deleteEffects: map(effect.deleteEffects))
            }
            operators.append(
                Operator(
                    name: op.name, arguments: op.arguments, preconditions: map(op.preconditions),
                    negativePreconditions: map(op.negativePreconditions),
                    addEffects: map(op.addEffects), deleteEffects: map(op.deleteEffects),
                    conditionalEffects: effects, cost: op.cost))
        }
        let pruned = GroundTask(
            name: task.name, facts: facts, operators: operators,
            initialFacts: map(task.initialFacts), goal: map(task.goal),
            negativeGoal: map(task.negativeGoal), hasActionCosts: task.hasActionCosts)
        return (pruned, kept)
    }
}
