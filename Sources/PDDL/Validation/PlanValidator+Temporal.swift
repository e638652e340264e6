extension PlanValidator {
    /// A start or end of a step in a temporal plan.
    private struct Happening {
        var time: Double
        var isEnd: Bool
        var step: Int
    }

    /// A resolved step of a temporal plan.
    private struct TimedStep {
        var durativeIndex: Int?
        var instantaneousIndex: Int?
        var bindings: [Int]
        var duration: Double
    }

    /// Validates a temporal plan (`time: (action args) [duration]`, PDDL 2.1 semantics).
    ///
    /// Starts and ends are processed in time order (ends before starts at equal times):
    /// `at start` conditions are checked and effects applied at the start, `over all`
    /// conditions in every state strictly inside the interval, `at end` conditions and effects
    /// at the end; duration constraints are checked against the state at the start. Mutual
    /// exclusion of simultaneous happenings (VAL's ε-separation) is not checked.
    /// O(happenings × (active steps + condition cost)).
    public func validateTemporal(_ steps: [PlanStep]) -> PlanValidation {
        var resolved: [TimedStep] = []
        var happenings: [Happening] = []
        for (index, step) in steps.enumerated() {
            switch resolve(step) {
            case .success(let timed):
                resolved.append(timed)
                let start = step.time ?? 0
                happenings.append(Happening(time: start, isEnd: false, step: index))
                if timed.durativeIndex != nil {
                    happenings.append(
                        Happening(time: start + timed.duration, isEnd: true, step: index))
                }
            case .failure(let reason):
                return .invalid(PlanFailure(stepIndex: index, step: step, reason: reason))
            }
        }
        happenings.sort {
            ($0.time, $0.isEnd ? 0 : 1, $0.step) < ($1.time, $1.isEnd ? 0 : 1, $1.step)
        }
        var state = task.initialState
        var active: [Int] = []
        var makespan = 0.0
        for happening in happenings {
            let index = happening.step
            let fail = { (reason: PlanFailure.Reason) in
                PlanValidation.invalid(
                    PlanFailure(stepIndex: index, step: steps[index], reason: reason))
            }
            makespan = max(makespan, happening.time)
            let timed = resolved[index]
            let saturated = task.saturated(state)
            var changes = EffectSet()
            var scope = timed.bindings
            if let actionIndex = timed.instantaneousIndex {
                let action = task.domain.actions[actionIndex]
                if let unmet = firstUnsatisfied(
                    action.precondition, in: saturated, parameters: action.parameters,
                    bindings: timed.bindings)
                {
                    return fail(.unsatisfiedCondition(unmet))
                }
                task.collect(action.effect, in: saturated, bindings: &scope, into: &changes)
            } else if let actionIndex = timed.durativeIndex {
                let action = task.domain.durativeActions[actionIndex]
                let time: TimeSpecifier = happening.isEnd ? .atEnd : .atStart
                if !happening.isEnd,
                    let violated = violatedDurationConstraint(action, timed, in: saturated)
                {
                    return fail(.durationViolated(violated))
                }
                for condition in action.conditions where condition.time == time {
                    if let unmet = firstUnsatisfied(
                        condition.formula, in: saturated, parameters: action.parameters,
                        bindings: timed.bindings)
                    {
                        return fail(.unsatisfiedCondition("(\(time.rawValue) \(unmet))"))
                    }
                }
                for effect in action.effects where effect.time == time {
                    task.collect(
                        effect.effect, in: saturated, bindings: &scope, duration: timed.duration,
                        into: &changes)
                }
                if happening.isEnd {
                    active.removeAll { $0 == index }
                } else {
                    active.append(index)
                }
            }
            if let undefined = changes.undefinedReads.first {
                return fail(.undefinedValue(describe(undefined)))
            }
            state = changes.applied(to: state)
            if let failure = violatedInvariant(active: active, steps: steps, resolved, in: state) {
                return .invalid(failure)
            }
        }
        return finish(in: state, makespan: makespan, stepCount: steps.count)
    }

    /// Resolves a step to an action (durative when it has a duration) and its bindings.
    private func resolve(_ step: PlanStep) -> Result<TimedStep, PlanFailure.Reason> {
        if let index = task.durativeActionIndex(named: step.actionName) {
            guard let duration = step.duration else {
                return .failure(.timing("a durative action needs a duration '[d]'"))
            }
            return bind(step, to: task.domain.durativeActions[index].parameters).map {
                TimedStep(
                    durativeIndex: index, instantaneousIndex: nil, bindings: $0, duration: duration)
            }
        }
        guard let index = task.actionIndex(named: step.actionName) else {
            return .failure(.unknownAction)
        }
        return bind(step, to: task.domain.actions[index].parameters).map {
            TimedStep(durativeIndex: nil, instantaneousIndex: index, bindings: $0, duration: 0)
        }
    }

    /// The first duration constraint of `action` that the step's duration violates.
    private func violatedDurationConstraint(
        _ action: DurativeAction, _ timed: TimedStep, in state: State
    ) -> String? {
        for constraint in action.durationConstraints {
            let bound = task.value(
                of: constraint.value, in: state, bindings: timed.bindings,
                duration: timed.duration)
            let text = PDDLPrinter.text(
                of: constraint.value, domain: task.domain, problem: task.problem,
                variableNames: action.parameters.map(\.name), bindings: timed.bindings)
            let description = "(\(constraint.comparison.rawValue) ?duration \(text))"
            guard let bound else { return description + " is undefined" }
            if !constraint.comparison.holds(timed.duration, bound)
                && abs(timed.duration - bound) > 1e-6 * max(1, abs(bound))
            {
                return "\(description) with ?duration = \(timed.duration)"
            }
        }
        return nil
    }

    /// The first `over all` condition of an active step that fails in `state`.
    private func violatedInvariant(
        active: [Int], steps: [PlanStep], _ resolved: [TimedStep], in state: State
    ) -> PlanFailure? {
        guard !active.isEmpty else { return nil }
        let saturated = task.saturated(state)
        for index in active {
            guard let actionIndex = resolved[index].durativeIndex else { continue }
            let action = task.domain.durativeActions[actionIndex]
            for condition in action.conditions where condition.time == .overAll {
                if let unmet = firstUnsatisfied(
                    condition.formula, in: saturated, parameters: action.parameters,
                    bindings: resolved[index].bindings)
                {
                    return PlanFailure(
                        stepIndex: index, step: steps[index],
                        reason: .unsatisfiedCondition("(over all \(unmet))"))
                }
            }
        }
        return nil
    }
}
