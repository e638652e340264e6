public import PDDL
public import PlanningTask

/// Turns a parsed PDDL domain and problem into a dense `GroundTask`.
///
/// Steps: (1) compile durative actions into instantaneous ones and build the
/// relaxed-reachability Datalog program (`RuleBuilder`); (2) evaluate it bottom-up with joins
/// (`ReachabilityAnalysis`); (3) instantiate each reachable action binding: ground the
/// precondition into DNF (static atoms, equality, quantifiers and disjunctions resolved; one
/// operator per disjunct), ground effects (universal effects expanded, `when` conditions
/// become conditional effects) and costs (`increase (total-cost)`); (4) compile negative
/// conditions into complement facts (`NegationCompiler`) and drop what the ground relaxed
/// reachability cannot reach (`ReachabilityPruner`). Facts are the reachable atoms of
/// fluent predicates (and their complements); static predicates are compiled away.
public enum Grounder {
    /// Grounds `problem` of `domain`.
    ///
    /// - Throws: `GroundingFailure` for features outside the classical fragment (numeric
    ///   fluents other than `total-cost`, derived predicates, disjunctive goals) or tasks too
    ///   large to encode; with ``GroundingFailure/limit`` set when `limits` are reached.
    public static func ground(
        domain: Domain, problem: Problem, limits: GroundingLimits = .none
    ) throws(GroundingFailure) -> GroundTask {
        ReachabilityPruner.prune(
            try instantiate(domain: domain, problem: problem, temporal: false, limits: limits)
                .task
        ).task
    }

    /// The task before negation compilation and pruning, with the temporal parts: for each
    /// operator of `task` that comes from a durative action, its snap parts (start, end and
    /// invariant operators, appended to `task` after the operators) and its duration.
    struct Instantiation {
        var task: GroundTask
        /// How many of `task`'s operators are actions (the rest are parts and literals).
        var actionCount: Int
        /// A durative action's parts as instantiated.
        struct Part {
            var start: Operator
            var end: Operator
            var invariant: Operator
            var duration: Double
        }
        /// Where a durative action's parts stand in `task`, and its duration.
        typealias Located = (start: Int, end: Int, invariant: Int, duration: Double)
        /// For each action, its parts; nil for an instantaneous action.
        var parts: [Located?]
        /// The index of the first operator standing for a timed initial literal (one each, in
        /// the problem's order, after the parts).
        var firstLiteral: Int
    }

    /// Steps (1)–(3) and the negation compilation of a classical task; with
    /// `temporal`, durative actions also get their parts and the timed literals are kept;
    /// the reachability fixpoint stops at `limits`.
    static func instantiate(
        domain: Domain, problem: Problem, temporal: Bool, limits: GroundingLimits = .none
    ) throws(GroundingFailure) -> Instantiation {
        if let rule = domain.derivedPredicates.first {
            throw GroundingFailure(
                location: rule.location, inProblem: false,
                message: "derived predicates are not supported by the planner")
        }
        let universe = try ObjectUniverse(domain: domain, problem: problem)
        let schemas =
            domain.actions.map(ActionSchema.init)
            + domain.durativeActions.map(ActionSchema.init(compiling:))
        var isStatic = [Bool](repeating: true, count: domain.predicates.count)
        var totalCost: Int? = nil
        for schema in schemas {
            try markFluents(
                schema.effect, isStatic: &isStatic, domain: domain, totalCost: &totalCost)
        }
        let literals = temporal ? problem.timedLiterals : []
        for literal in literals { isStatic[literal.atom.predicate] = false }
        var initial = Set<UInt64>()
        var initialAtoms: [(predicate: Int, arguments: [Int32])] = []
        for atom in problem.initialAtoms {
            let arguments = atom.arguments.map { Int32($0) }
            if initial.insert(universe.key(predicate: atom.predicate, arguments: arguments))
                .inserted
            {
                initialAtoms.append((atom.predicate, arguments))
            }
        }
        var functionValues: [ConditionGrounder.FunctionKey: Double] = [:]
        for value in problem.initialValues {
            functionValues[
                ConditionGrounder.FunctionKey(
                    function: value.function, arguments: value.arguments.map { Int32($0) })] =
                value.value
        }

        let rules = RuleBuilder(domain: domain, universe: universe).rules(for: schemas)
        let literalAtoms = literals.filter(\.isAdd).map {
            (predicate: $0.atom.predicate, arguments: $0.atom.arguments.map { Int32($0) })
        }
        let analysis = ReachabilityAnalysis(
            universe: universe, rules: rules,
            actionParameterCounts: schemas.map(\.parameters.count),
            initialAtoms: initialAtoms + literalAtoms)
        analysis.limits = limits
        analysis.run()
        if let limit = analysis.reachedLimit { throw .reached(limit) }

        var factIDs: [UInt64: Int32] = [:]
        var facts: [Fact] = []
        for key in analysis.reachedOrder {
            let (predicate, arguments) = universe.decode(key)
            guard !isStatic[predicate] else { continue }
            factIDs[key] = Int32(facts.count)
            facts.append(
                Fact(
                    predicate: domain.predicates[predicate].name,
                    arguments: arguments.map { universe.names[Int($0)] }))
        }
        let usesCosts = totalCost != nil && problem.metric != nil
        var instantiator = OperatorInstantiator(
            conditions: ConditionGrounder(
                domain: domain, universe: universe, isStatic: isStatic, initial: initial,
                reached: analysis.reached, functionValues: functionValues, inProblem: false,
                binding: []),
            factIDs: factIDs, totalCost: totalCost, usesCosts: usesCosts)
        var operators: [Operator] = []
        var parts: [Instantiation.Part?] = []
        for (index, schema) in schemas.enumerated() {
            if temporal, let durative = schema.durative {
                try instantiator.instantiateSnapParts(
                    schema, of: durative, bindings: analysis.actionBindings[index],
                    bindingCount: analysis.actionBindingCount[index], into: &operators,
                    parts: &parts)
            } else {
                let before = operators.count
                try instantiator.instantiate(
                    schema, bindings: analysis.actionBindings[index],
                    bindingCount: analysis.actionBindingCount[index], into: &operators)
                parts.append(contentsOf: repeatElement(nil, count: operators.count - before))
            }
        }

        var goalGrounder = instantiator.conditions
        goalGrounder.binding = Array(repeating: -1, count: ActionSchema.scopeSize(of: problem.goal))
        let goalForm = try goalGrounder.dnf(problem.goal)
        var goal: [FactID] = []
        var negativeGoal: [FactID] = []
        switch goalForm.count {
        case 0:
            // Statically false goal: add a fact no operator achieves.
            goal = [FactID(facts.count)]
            facts.append(Fact(predicate: "unreachable-goal", arguments: []))
        case 1:
            goal = goalForm[0].positive.compactMap { factIDs[$0].map(FactID.init(rawValue:)) }
            negativeGoal = goalForm[0].negative.compactMap {
                factIDs[$0].map(FactID.init(rawValue:))
            }
        default:
            throw GroundingFailure(
                location: problem.goal.location, inProblem: true,
                message: "disjunctive goals are not supported by the planner")
        }
        let initialFacts = initialAtoms.compactMap { atom -> FactID? in
            factIDs[universe.key(predicate: atom.predicate, arguments: atom.arguments)]
                .map(FactID.init(rawValue:))
        }
        // The snap parts and the literals follow the actions, so that negation compilation
        // and pruning treat them alike; `Instantiation` says where each is.
        let actionCount = operators.count
        var located: [Instantiation.Located?] = []
        for part in parts {
            guard let part else {
                located.append(nil)
                continue
            }
            located.append(
                (operators.count, operators.count + 1, operators.count + 2, part.duration))
            operators += [part.start, part.end, part.invariant]
        }
        let firstLiteral = operators.count
        for literal in literals {
            let key = universe.key(
                predicate: literal.atom.predicate,
                arguments: literal.atom.arguments.map { Int32($0) })
            let fact = factIDs[key].map { [FactID(rawValue: $0)] } ?? []
            operators.append(
                Operator(
                    name: "at \(literal.time)", arguments: [], preconditions: [],
                    addEffects: literal.isAdd ? fact : [], deleteEffects: literal.isAdd ? [] : fact)
            )
        }
        let compiled = NegationCompiler.compile(
            GroundTask(
                name: problem.name, facts: facts, operators: operators,
                initialFacts: initialFacts, goal: goal, negativeGoal: negativeGoal,
                hasActionCosts: usesCosts))
        return Instantiation(
            task: compiled, actionCount: actionCount, parts: located, firstLiteral: firstLiteral)
    }

    /// Marks the predicates that effects change as fluent; finds the `total-cost` function and
    /// rejects other numeric effects.
    private static func markFluents(
        _ effect: Effect, isStatic: inout [Bool], domain: Domain, totalCost: inout Int?
    ) throws(GroundingFailure) {
        switch effect.kind {
        case .and(let parts):
            for part in parts {
                try markFluents(part, isStatic: &isStatic, domain: domain, totalCost: &totalCost)
            }
        case .forall(_, _, let body), .when(_, let body):
            try markFluents(body, isStatic: &isStatic, domain: domain, totalCost: &totalCost)
        case .add(let atom), .delete(let atom):
            isStatic[atom.predicate] = false
        case .numeric(let op, let term, _):
            guard op == .increase, domain.functions[term.function].name == "total-cost",
                term.arguments.isEmpty
            else {
                throw GroundingFailure(
                    location: effect.location, inProblem: false,
                    message:
                        "numeric effects other than (increase (total-cost) …) are not "
                        + "supported by the planner"
                )
            }
            totalCost = term.function
        }
    }
}
