/// Checks plans against a domain and problem with the lifted semantics of ``LiftedTask``:
/// independent of grounding, so it can check the planner's output.
///
/// Sequential plans: each step's precondition must hold in the state before it (derived
/// predicates saturated first), its effects are applied delete-then-add, and the goal must hold
/// at the end. O(steps × cost of evaluating one precondition and effect).
public struct PlanValidator: Sendable {
    /// The task the plans are checked against.
    public let task: LiftedTask

    /// A validator for `problem` of `domain`.
    public init(domain: Domain, problem: Problem) {
        task = LiftedTask(domain: domain, problem: problem)
    }

    /// A validator for `task`.
    public init(task: LiftedTask) {
        self.task = task
    }

    /// Validates `steps`: as a temporal plan when any step has a time, else sequentially.
    public func validate(_ steps: [PlanStep]) -> PlanValidation {
        steps.contains { $0.time != nil } ? validateTemporal(steps) : validateSequential(steps)
    }

    /// Validates a sequential plan of instantaneous actions.
    public func validateSequential(_ steps: [PlanStep]) -> PlanValidation {
        var state = task.initialState
        for (index, step) in steps.enumerated() {
            let failure = { (reason: PlanFailure.Reason) in
                PlanValidation.invalid(PlanFailure(stepIndex: index, step: step, reason: reason))
            }
            guard let actionIndex = task.actionIndex(named: step.actionName) else {
                if task.durativeActionIndex(named: step.actionName) != nil {
                    return failure(.timing("a durative action needs a start time and a duration"))
                }
                return failure(.unknownAction)
            }
            let action = task.domain.actions[actionIndex]
            let bindings: [Int]
            switch bind(step, to: action.parameters) {
            case .success(let resolved): bindings = resolved
            case .failure(let reason): return failure(reason)
            }
            let saturated = task.saturated(state)
            if let unmet = firstUnsatisfied(
                action.precondition, in: saturated, parameters: action.parameters,
                bindings: bindings)
            {
                return failure(.unsatisfiedCondition(unmet))
            }
            var scope = bindings
            var changes = EffectSet()
            task.collect(action.effect, in: saturated, bindings: &scope, into: &changes)
            if let undefined = changes.undefinedReads.first {
                return failure(.undefinedValue(describe(undefined)))
            }
            state = changes.applied(to: state)
        }
        return finish(in: state, makespan: Double(steps.count), stepCount: steps.count)
    }

    /// Checks the goal in `state` and computes the plan's cost.
    func finish(in state: State, makespan: Double, stepCount: Int) -> PlanValidation {
        if let unmet = firstUnsatisfied(
            task.problem.goal, in: task.saturated(state), parameters: [], bindings: [])
        {
            return .invalid(PlanFailure(stepIndex: nil, step: nil, reason: .unsatisfiedGoal(unmet)))
        }
        guard let metric = task.problem.metric,
            let cost = task.value(
                of: metric.expression, in: state, bindings: [], totalTime: makespan)
        else { return .valid(cost: Double(stepCount)) }
        return .valid(cost: cost)
    }

    /// The universe ids of a step's arguments, checked against the parameters' arity and types.
    func bind(_ step: PlanStep, to parameters: [TypedVariable]) -> Result<
        [Int], PlanFailure.Reason
    > {
        guard step.arguments.count == parameters.count else {
            return .failure(.wrongArity(expected: parameters.count))
        }
        var bindings: [Int] = []
        for (index, name) in step.arguments.enumerated() {
            guard let id = task.objectID(named: name) else {
                return .failure(.unknownObject(name))
            }
            let allowed = parameters[index].types
            if !task.domain.types.fits(task.universe[id].types, in: allowed) {
                let names = allowed.map { "'\(task.domain.types.names[$0])'" }
                return .failure(
                    .typeMismatch(
                        argument: index,
                        expected: names.count == 1
                            ? names[0] : "(either \(names.joined(separator: " ")))"))
            }
            bindings.append(id)
        }
        return .success(bindings)
    }

    /// The instantiated text of the first conjunct of `formula` that does not hold in `state`
    /// (which holds the derived atoms), nil when the formula holds.
    func firstUnsatisfied(
        _ formula: Formula, in state: State, parameters: [TypedVariable], bindings: [Int]
    ) -> String? {
        var scope = bindings
        if case .and(let parts) = formula.kind {
            for part in parts {
                if let unmet = firstUnsatisfied(
                    part, in: state, parameters: parameters, bindings: bindings)
                {
                    return unmet
                }
            }
            return nil
        }
        guard !task.holds(formula, in: state, bindings: &scope) else { return nil }
        return PDDLPrinter.text(
            of: formula, domain: task.domain, problem: task.problem,
            variableNames: parameters.map(\.name), bindings: bindings)
    }

    /// `(p a b)` for a ground atom.
    func describe(_ atom: GroundAtom) -> String {
        describe(task.domain.predicates[atom.predicate].name, atom.arguments)
    }

    /// `(f a b)` for a function key.
    func describe(_ key: State.FunctionKey) -> String {
        describe(task.domain.functions[key.function].name, key.arguments)
    }

    /// `(name a b)` for a symbol applied to universe ids.
    private func describe(_ name: String, _ arguments: [Int]) -> String {
        "(" + ([name] + arguments.map { task.universe[$0].name }).joined(separator: " ") + ")"
    }
}
