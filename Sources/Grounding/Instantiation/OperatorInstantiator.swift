import PDDL
import PlanningTask

/// Builds the ground operators of one action schema from its reachable parameter bindings.
struct OperatorInstantiator {
    var conditions: ConditionGrounder
    let factIDs: [UInt64: Int32]
    let totalCost: Int?
    let usesCosts: Bool

    /// One ground effect literal under its condition (a DNF).
    private struct Leaf {
        var condition: [Conjunction]
        var fact: Int32
        var isAdd: Bool
    }

    private struct EffectCondition: Hashable {
        var condition: Conjunction
        var isAdd: Bool
    }

    /// Appends the operators of `schema` for each of the `bindingCount` bindings in `bindings`
    /// (flattened, stride = parameter count).
    mutating func instantiate(
        _ schema: ActionSchema, bindings: [Int32], bindingCount: Int,
        into operators: inout [Operator]
    ) throws(GroundingFailure) {
        let parameterCount = schema.parameters.count
        let scope = schema.scopeSize
        var leaves: [Leaf] = []
        for bindingIndex in 0..<bindingCount {
            conditions.binding = Array(repeating: -1, count: scope)
            for position in 0..<parameterCount {
                conditions.binding[position] = bindings[bindingIndex * parameterCount + position]
            }
            let precondition = try conditions.dnf(schema.precondition)
            if precondition.isEmpty { continue }
            leaves.removeAll(keepingCapacity: true)
            var cost = 0
            try collect(schema.effect, condition: [.truth], leaves: &leaves, cost: &cost)
            let arguments = (0..<parameterCount).map {
                conditions.universe.names[Int(conditions.binding[$0])]
            }
            for disjunct in precondition {
                operators.append(
                    makeOperator(
                        name: schema.name, arguments: arguments, precondition: disjunct,
                        leaves: leaves, cost: usesCosts ? cost : 1))
            }
        }
    }

    /// Appends, for each binding of the compiled durative action `schema`, its compiled
    /// operator to `operators` and its snap parts with its duration to `parts`. Bindings whose
    /// conditions are statically false are skipped.
    ///
    /// - Throws: for a part with a disjunctive condition, a conditional effect, or a duration
    ///   that is not a positive number: the temporal planner handles neither.
    mutating func instantiateSnapParts(
        _ schema: ActionSchema, of action: DurativeAction, bindings: [Int32], bindingCount: Int,
        into operators: inout [Operator], parts: inout [Grounder.Instantiation.Part?]
    ) throws(GroundingFailure) {
        let snap = ActionSchema.snapParts(of: action)
        let parameterCount = schema.parameters.count
        for bindingIndex in 0..<bindingCount {
            let binding = Array(
                bindings[(bindingIndex * parameterCount)..<((bindingIndex + 1) * parameterCount)])
            var compiled: [Operator] = []
            try instantiate(schema, bindings: binding, bindingCount: 1, into: &compiled)
            var pieces: [Operator] = []
            for part in [snap.start, snap.end, snap.invariant] {
                var ground: [Operator] = []
                try instantiate(part, bindings: binding, bindingCount: 1, into: &ground)
                guard ground.count <= 1 else {
                    throw unsupported("disjunctive conditions in durative actions", action)
                }
                pieces += ground
            }
            guard pieces.count == 3, !compiled.isEmpty,
                action.durationConstraints.allSatisfy({ conditions.isDefined($0.value) })
            else { continue }
            guard compiled.count == 1 else {
                throw unsupported("disjunctive conditions in durative actions", action)
            }
            guard pieces.allSatisfy({ !$0.hasConditionalEffects }) else {
                throw unsupported("conditional effects in durative actions", action)
            }
            let duration = try self.duration(of: action)
            operators.append(compiled[0])
            parts.append(
                Grounder.Instantiation.Part(
                    start: pieces[0], end: pieces[1], invariant: pieces[2], duration: duration))
        }
    }

    /// The duration of `action` under the current binding: the value of an `=` constraint,
    /// else the least the constraints allow (makespans are minimised).
    private func duration(of action: DurativeAction) throws(GroundingFailure) -> Double {
        var exact: Double? = nil
        var lower: Double? = nil
        var upper: Double? = nil
        for constraint in action.durationConstraints {
            let value = try conditions.evaluate(constraint.value)
            switch constraint.comparison {
            case .equal: exact = value
            case .greaterOrEqual, .greater: lower = max(lower ?? value, value)
            case .lessOrEqual, .less: upper = min(upper ?? value, value)
            }
        }
        guard let value = exact ?? lower ?? upper, value.isFinite, value > 0 else {
            throw GroundingFailure(
                location: action.location, inProblem: false,
                message: "the duration of '\(action.name)' must be a positive number")
        }
        return value
    }

    private func unsupported(_ feature: String, _ action: DurativeAction) -> GroundingFailure {
        GroundingFailure(
            location: action.location, inProblem: false,
            message: "\(feature) are not supported by the temporal planner")
    }

    private func fact(_ key: UInt64) -> FactID? {
        factIDs[key].map(FactID.init(rawValue:))
    }

    private func makeOperator(
        name: String, arguments: [String], precondition: Conjunction, leaves: [Leaf], cost: Int
    ) -> Operator {
        var adds = Set<Int32>()
        var deletes = Set<Int32>()
        var conditional: [EffectCondition: [Int32]] = [:]
        var conditionalOrder: [EffectCondition] = []
        for leaf in leaves {
            for disjunct in leaf.condition {
                if disjunct.contradicts(precondition) { continue }
                let rest = disjunct.removing(precondition)
                if rest == .truth {
                    if leaf.isAdd { adds.insert(leaf.fact) } else { deletes.insert(leaf.fact) }
                } else {
                    let key = EffectCondition(condition: rest, isAdd: leaf.isAdd)
                    if conditional[key] == nil { conditionalOrder.append(key) }
                    conditional[key, default: []].append(leaf.fact)
                }
            }
        }
        deletes.subtract(adds)
        var effects: [ConditionalEffect] = []
        for key in conditionalOrder {
            let factsOfEffect = (conditional[key] ?? []).map(FactID.init(rawValue:))
            effects.append(
                ConditionalEffect(
                    condition: key.condition.positive.compactMap(fact),
                    negativeCondition: key.condition.negative.compactMap(fact),
                    addEffects: key.isAdd ? factsOfEffect : [],
                    deleteEffects: key.isAdd ? [] : factsOfEffect))
        }
        return Operator(
            name: name, arguments: arguments,
            preconditions: precondition.positive.compactMap(fact),
            negativePreconditions: precondition.negative.compactMap(fact),
            addEffects: adds.map(FactID.init(rawValue:)),
            deleteEffects: deletes.map(FactID.init(rawValue:)),
            conditionalEffects: effects, cost: cost)
    }

    private mutating func collect(
        _ effect: Effect, condition: [Conjunction], leaves: inout [Leaf], cost: inout Int
    ) throws(GroundingFailure) {
        switch effect.kind {
        case .and(let parts):
            for part in parts {
                try collect(part, condition: condition, leaves: &leaves, cost: &cost)
            }
        case .forall(let first, let variables, let body):
            let domains = variables.map { conditions.universe.objects(ofTypes: $0.types) }
            if domains.contains(where: \.isEmpty) { return }
            var choice = [Int](repeating: 0, count: variables.count)
            while true {
                for (offset, objects) in domains.enumerated() {
                    conditions.binding[first + offset] = objects[choice[offset]]
                }
                try collect(body, condition: condition, leaves: &leaves, cost: &cost)
                var position = variables.count - 1
                while position >= 0 {
                    choice[position] += 1
                    if choice[position] < domains[position].count { break }
                    choice[position] = 0
                    position -= 1
                }
                if position < 0 { return }
            }
        case .when(let formula, let body):
            let extra = try conditions.dnf(formula)
            let combined = try conditions.product(condition, extra, at: formula)
            if combined.isEmpty { return }
            try collect(body, condition: combined, leaves: &leaves, cost: &cost)
        case .add(let atom), .delete(let atom):
            let key = conditions.key(atom)
            guard let id = factIDs[key] else { return }
            var isAdd = false
            if case .add = effect.kind { isAdd = true }
            leaves.append(Leaf(condition: condition, fact: id, isAdd: isAdd))
        case .numeric(_, _, let amount):
            guard condition.count == 1 && condition[0] == .truth else {
                throw GroundingFailure(
                    location: effect.location, inProblem: false,
                    message: "conditional action costs are not supported by the planner")
            }
            let value = try conditions.evaluate(amount)
            guard value >= 0, value == value.rounded(), value < Double(Int32.max) else {
                throw GroundingFailure(
                    location: effect.location, inProblem: false,
                    message: "action costs must be non-negative integers (got \(value))")
            }
            cost += Int(value)
        }
    }
}
