public import PDDL

/// The duration of each step of a plan, from the scenario (a number or an expression over
/// the action's parameters and the problem's static functions) or, for durative actions,
/// from the domain's duration constraint.
public enum StepDurations {
    /// Durations of `steps` (in the scenario's time unit), or a ``Diagnostic`` naming the
    /// step whose duration cannot be evaluated.
    public static func evaluate(
        _ steps: [PlanStep], scenario: Scenario
    ) throws(Diagnostic) -> [Double] {
        let lifted = LiftedTask(domain: scenario.domain, problem: scenario.problem)
        var durations: [Double] = []
        durations.reserveCapacity(steps.count)
        for step in steps {
            let bindings = step.arguments.compactMap { lifted.objectID(named: $0) }
            let expression: NumericExpression
            if let index = lifted.durativeActionIndex(named: step.actionName) {
                expression = durationOf(scenario.domain.durativeActions[index])
            } else {
                expression =
                    scenario.profile(ofAction: step.actionName).duration
                    ?? scenario.defaults.duration ?? NumericExpression(.number(1))
            }
            guard
                let value = lifted.value(
                    of: expression, in: lifted.initialState, bindings: bindings),
                value.isFinite, value >= 0
            else {
                throw Diagnostic(
                    file: scenario.path, location: .unknown,
                    message: "the duration of \(step.actionText) is undefined or negative"
                        + " (check the functions it reads in the problem's :init)")
            }
            durations.append(value)
        }
        return durations
    }

    /// The duration a durative action takes: its `=` constraint, else its lower bound, else
    /// its upper bound (the shortest duration the domain allows).
    static func durationOf(_ action: DurativeAction) -> NumericExpression {
        let constraints = action.durationConstraints
        if let exact = constraints.first(where: { $0.comparison == .equal }) { return exact.value }
        if let lower = constraints.first(where: {
            $0.comparison == .greaterOrEqual || $0.comparison == .greater
        }) {
            return lower.value
        }
        return constraints.first?.value ?? NumericExpression(.number(0))
    }
}
