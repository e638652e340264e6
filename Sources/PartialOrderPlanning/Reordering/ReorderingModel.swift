import Optimization

/// The mixed-integer program of a minimum reordering, in the spirit of Say, Cire & Beck
/// (2016, "Mathematical programming models for optimizing partial-order plan flexibility",
/// ECAI) and the MaxSAT encoding of Muise, McIlraith & Beck (2016, JAIR 57).
///
/// Variables: `x[a,b]` ∈ {0,1}, step `a` is ordered before step `b` (only for pairs that some
/// constraint mentions); `y[c,l,p]` ∈ {0,1}, condition `l` of consumer `c` is supported by
/// producer `p` (a step or the initial state); `t[a]` ≥ 0, a start time; `C`, the makespan.
/// Constraints: each condition has one producer (Σ_p y = 1); a chosen producer precedes its
/// consumer (x[p,c] ≥ y); each step `k` that undoes the literal is ordered before the
/// producer or after the consumer (x[k,p] + x[c,k] ≥ y; only x[c,k] for the initial state,
/// only x[k,p] for the goal); and `x[a,b] = 1 ⇒ t[b] ≥ t[a] + d[a]` (big-M), which rules out
/// cycles and measures the critical path `C ≥ t[a] + d[a]`. Orderings may go either way
/// relative to the sequential plan (promotion or demotion of threats).
///
/// - Complexity: O(Σ conditions × producers × threats) constraints.
struct ReorderingModel {
    /// The model.
    private(set) var model = LinearModel(name: "reordering")
    /// The ordering variable of each pair, keyed `a × n + b`.
    private(set) var orderingVariables: [Int: VariableID] = [:]
    /// Start-time variables, one per step.
    private(set) var startVariables: [VariableID] = []
    /// The makespan variable.
    private(set) var makespan = VariableID(0)
    /// The support choices: (condition slot, producer or -1, variable).
    private(set) var supports: [(slot: Int, producer: Int, variable: VariableID)] = []

    let stepCount: Int

    /// The number of threat constraints the model of `behaviour` would have, to decide
    /// whether to build it.
    static func threatConstraintCount(of behaviour: FixedBehaviour) -> Int {
        var total = 0
        for node in 0...behaviour.stepCount {
            for literal in behaviour.conditions(of: node) {
                total +=
                    (behaviour.establisherList(of: literal).count + 1)
                    * behaviour.threateners(of: literal).count
            }
        }
        return total
    }

    /// Builds the model for `behaviour` with step `durations`.
    init(
        behaviour: FixedBehaviour, durations: [Double], objective: ReorderingObjective
    ) throws(ModelError) {
        let count = behaviour.stepCount
        stepCount = count
        let horizon = durations.reduce(0, +)
        let bigM = horizon + (durations.max() ?? 0)
        for step in 0..<count {
            startVariables.append(
                try model.addVariable("t\(step + 1)", lowerBound: 0, upperBound: horizon))
        }
        makespan = try model.addVariable("makespan", lowerBound: 0, upperBound: horizon)
        for step in 0..<count {
            try model.addConstraint(
                LinearExpression(makespan) - startVariables[step], .greaterOrEqual(durations[step]))
        }
        let goal = behaviour.goalNode
        let conditionStart = behaviour.conditionStart
        for node in 0...count {
            let first = Int(conditionStart[node])
            for (offset, literal) in behaviour.conditions(of: node).enumerated() {
                let slot = first + offset
                let threats = behaviour.threateners(of: literal).map(Int.init).filter { $0 != node }
                var producers = behaviour.establisherList(of: literal).map(Int.init)
                    .filter { $0 != node }
                if behaviour.holdsInitially(literal), node != goal || threats.isEmpty {
                    producers.append(-1)
                }
                var choice = LinearExpression()
                for producer in producers {
                    let support = try model.addVariable(
                        "y\(slot)_\(producer + 1)", kind: .binary)
                    supports.append((slot, producer, support))
                    choice += LinearExpression(support)
                    if producer >= 0, node != goal {
                        try model.addConstraint(
                            LinearExpression(try ordering(producer, node, durations, bigM))
                                - support, .greaterOrEqual(0))
                    }
                    for threat in threats where threat != producer {
                        var protection = LinearExpression()
                        if producer >= 0 {
                            protection += LinearExpression(
                                try ordering(threat, producer, durations, bigM))
                        }
                        if node != goal {
                            protection += LinearExpression(
                                try ordering(node, threat, durations, bigM))
                        }
                        try model.addConstraint(protection - support, .greaterOrEqual(0))
                    }
                }
                try model.addConstraint(choice, .equal(1))
            }
        }
        var objectiveExpression = LinearExpression()
        let orderingTerms = orderingVariables.values.sorted().map { LinearExpression($0) }
        switch objective {
        case .orderings:
            for term in orderingTerms { objectiveExpression += term }
        case .criticalPath:
            // Orderings break ties without trading against the makespan.
            let weight = (durations.min() ?? 1) / Double(orderingTerms.count + 1)
            objectiveExpression = LinearExpression(makespan)
            for term in orderingTerms { objectiveExpression += weight * term }
        }
        try model.setObjective(objectiveExpression, .minimize)
    }

    /// The variable `x[before, after]`, created with its big-M time constraint on first use.
    private mutating func ordering(
        _ before: Int, _ after: Int, _ durations: [Double], _ bigM: Double
    ) throws(ModelError) -> VariableID {
        let key = before * stepCount + after
        if let variable = orderingVariables[key] { return variable }
        let variable = try model.addVariable("x\(before + 1)_\(after + 1)", kind: .binary)
        orderingVariables[key] = variable
        // t[after] - t[before] - M x ≥ d[before] - M
        try model.addConstraint(
            LinearExpression(startVariables[after]) - startVariables[before]
                - bigM * variable, .greaterOrEqual(durations[before] - bigM))
        return variable
    }

    /// A feasible assignment from a partial order (`precedes`) that contains every chosen
    /// support (`producers`, aligned with the condition slots) and its threat resolutions.
    func assignment(
        precedes: (Int, Int) -> Bool, producers: [Int32], durations: [Double],
        topologicalOrder: [Int], predecessors: (Int) -> [Int]
    ) -> [Double] {
        var values = [Double](repeating: 0, count: model.variableCount)
        for (key, variable) in orderingVariables where precedes(key / stepCount, key % stepCount) {
            values[variable.index] = 1
        }
        for support in supports where Int(producers[support.slot]) == support.producer {
            values[support.variable.index] = 1
        }
        var start = [Double](repeating: 0, count: stepCount)
        var finish = 0.0
        for step in topologicalOrder {
            for previous in predecessors(step) {
                start[step] = max(start[step], start[previous] + durations[previous])
            }
            values[startVariables[step].index] = start[step]
            finish = max(finish, start[step] + durations[step])
        }
        values[makespan.index] = finish
        return values
    }

    /// The orderings `a → b` with `x[a,b] = 1` in `values`.
    func orderings(in values: [Double]) -> [(Int, Int)] {
        orderingVariables.filter { values[$0.value.index] > 0.5 }.keys.sorted()
            .map { ($0 / stepCount, $0 % stepCount) }
    }
}
