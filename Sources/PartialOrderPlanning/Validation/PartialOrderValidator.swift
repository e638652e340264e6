public import PlanningTask

/// Proves that every linearisation of a partial-order plan is a valid plan, or finds one
/// that is not.
///
/// The steps are first executed in one linearisation (which fixes how each conditional
/// effect behaves, see `FixedBehaviour`); then every condition of every step and of the
/// goal is checked with the modal truth criterion (`ConditionChecker`), never by
/// enumerating linearisations. For tasks without conditional effects the verdict is exact;
/// with them, `valid` is still a proof, and a failed proof whose counter-example executes is
/// reported as `unproven`.
///
/// - Complexity: O(n × (operator size + n/64) + Σ conditions × (threats + 1) × n/64).
public struct PartialOrderValidator: Sendable {
    /// The task the plans belong to.
    public let task: GroundTask

    /// Creates a validator for plans of `task`.
    public init(task: GroundTask) { self.task = task }

    /// Checks `plan`; throws when its structure is broken (unknown operators, steps out of
    /// range, cyclic orderings).
    public func validate(_ plan: PartialOrderPlan) throws(PartialOrderPlanError)
        -> PartialOrderValidation
    {
        let graph = try Self.graph(of: plan, in: task)
        let behaviour: FixedBehaviour
        do {
            behaviour = try FixedBehaviour(
                task: task, steps: plan.steps, linearisation: graph.topologicalOrder)
        } catch {
            return referenceFailure(error, plan: plan, graph: graph)
        }
        let checker = ConditionChecker(behaviour: behaviour)
        guard let violation = checker.firstViolation(in: graph) else {
            return checkLinks(plan, behaviour: behaviour, graph: graph) ?? .valid
        }
        let flaw = self.flaw(violation, behaviour: behaviour)
        let linearisation = checker.counterexample(for: violation, in: graph)
        let check = SuccessorGenerator(task: task).check(
            SequentialPlan(operators: linearisation.map { plan.steps[$0] }))
        return check == .valid
            ? .unproven(flaw: flaw)
            : .invalid(flaw: flaw, counterexample: linearisation, failure: check)
    }

    /// The precedence graph of `plan`'s orderings, after checking operator, step and link ids
    /// and acyclicity.
    static func graph(
        of plan: PartialOrderPlan, in task: GroundTask
    ) throws(PartialOrderPlanError) -> PrecedenceGraph {
        for (index, op) in plan.steps.enumerated()
        where op.rawValue < 0 || op.index >= task.operatorCount {
            throw .unknownOperator(step: index)
        }
        for link in plan.links {
            for node in [link.producer, link.consumer] {
                if case .step(let step) = node, step < 0 || step >= plan.stepCount {
                    throw .stepOutOfRange(step: step)
                }
            }
        }
        return try plan.orderingGraph()
    }

    private func referenceFailure(
        _ failure: FixedBehaviour.ExecutionFailure, plan: PartialOrderPlan,
        graph: PrecedenceGraph
    ) -> PartialOrderValidation {
        let linearisation = graph.topologicalOrder
        switch failure {
        case .notApplicable(let step):
            let op = task[plan.steps[step]]
            let state = executionState(before: step, plan: plan, linearisation: linearisation)
            let missing = op.preconditions.first { !state.contains($0) }
            let forbidden = op.negativePreconditions.first { state.contains($0) }
            let position = linearisation.firstIndex(of: step) ?? 0
            return .invalid(
                flaw: PartialOrderValidation.Flaw(
                    consumer: .step(step), fact: missing ?? forbidden ?? FactID(0),
                    isNegative: missing == nil, threat: nil),
                counterexample: linearisation, failure: .notApplicable(step: position))
        case .goalNotReached:
            let state = executionState(before: nil, plan: plan, linearisation: linearisation)
            let missing = task.goal.first { !state.contains($0) }
            let forbidden = task.negativeGoal.first { state.contains($0) }
            return .invalid(
                flaw: PartialOrderValidation.Flaw(
                    consumer: .goal, fact: missing ?? forbidden ?? FactID(0),
                    isNegative: missing == nil, threat: nil),
                counterexample: linearisation, failure: .goalNotReached)
        }
    }

    /// The state reached along `linearisation` just before step `stop` (or at the end).
    private func executionState(
        before stop: Int?, plan: PartialOrderPlan, linearisation: [Int]
    ) -> PackedState {
        let generator = SuccessorGenerator(task: task)
        var state = task.initialState
        for step in linearisation {
            if step == stop { break }
            state = generator.successor(of: state, applying: plan.steps[step])
        }
        return state
    }

    private func checkLinks(
        _ plan: PartialOrderPlan, behaviour: FixedBehaviour, graph: PrecedenceGraph
    ) -> PartialOrderValidation? {
        var literalOfFact: [FactID: Int32] = [:]
        for (index, fact) in behaviour.relevantFacts.enumerated() {
            literalOfFact[fact] = Int32(index) * 2
        }
        for (index, link) in plan.links.enumerated() {
            let name = task[link.fact].description
            guard let positive = literalOfFact[link.fact] else {
                return .invalidLink(index: index, reason: "no step needs \(name)")
            }
            let literal = positive + (link.isNegative ? 1 : 0)
            let condition = link.isNegative ? "(not \(name))" : name
            let consumerNode: Int
            switch link.consumer {
            case .initial:
                return .invalidLink(index: index, reason: "the initial state consumes nothing")
            case .step(let step): consumerNode = step
            case .goal: consumerNode = behaviour.goalNode
            }
            guard behaviour.conditions(of: consumerNode).contains(literal) else {
                return .invalidLink(index: index, reason: "the consumer does not need \(condition)")
            }
            switch link.producer {
            case .initial:
                if !behaviour.holdsInitially(literal) {
                    return .invalidLink(
                        index: index, reason: "\(condition) does not hold initially")
                }
            case .step(let step):
                let (establishers, row) = behaviour.establishers(of: literal)
                guard establishers[row, step] else {
                    return .invalidLink(
                        index: index, reason: "step \(step) does not establish \(condition)")
                }
                if case .step(let consumer) = link.consumer, !graph.precedes(step, consumer) {
                    return .invalidLink(
                        index: index, reason: "step \(step) does not precede step \(consumer)")
                }
            case .goal:
                return .invalidLink(index: index, reason: "the goal produces nothing")
            }
        }
        return nil
    }

    private func flaw(
        _ violation: ConditionChecker.Violation, behaviour: FixedBehaviour
    ) -> PartialOrderValidation.Flaw {
        let (fact, isNegative) = behaviour.fact(of: violation.literal)
        return PartialOrderValidation.Flaw(
            consumer: violation.consumer == behaviour.goalNode
                ? .goal : .step(violation.consumer),
            fact: fact, isNegative: isNegative, threat: violation.threat)
    }
}
