public import PDDL
import Scheduling
public import SourceText

/// The duration of each step of a plan, from the scenario (a number or an expression over
/// the action's parameters and the problem's static functions, per alternative) or, for
/// durative actions, from the domain's duration constraint.
public enum StepDurations {
    /// Durations of `steps` (in the scenario's time unit), one per mode of each step (see
    /// ``ActionProfile/modes``), or a ``Diagnostic`` naming the step whose duration cannot
    /// be evaluated.
    public static func evaluate(
        _ steps: [PlanStep], scenario: Scenario
    ) throws(Diagnostic) -> [[Double]] {
        let lifted = LiftedTask(domain: scenario.domain, problem: scenario.problem)
        var durations: [[Double]] = []
        durations.reserveCapacity(steps.count)
        for step in steps {
            var modes: [Double] = []
            for mode in scenario.profile(ofAction: step.actionName).modes {
                modes.append(try duration(of: step, mode: mode, lifted: lifted, scenario: scenario))
            }
            durations.append(modes)
        }
        return durations
    }

    /// The duration of `step` run in `mode`.
    private static func duration(
        of step: PlanStep, mode: ActionAlternative, lifted: LiftedTask, scenario: Scenario
    ) throws(Diagnostic) -> Double {
        let bindings = step.arguments.compactMap { lifted.objectID(named: $0) }
        let expression: NumericExpression
        if let index = lifted.durativeActionIndex(named: step.actionName) {
            expression = durationOf(scenario.domain.durativeActions[index])
        } else {
            expression =
                mode.duration ?? scenario.defaults.duration ?? NumericExpression(.number(1))
        }
        guard
            let value = lifted.value(of: expression, in: lifted.initialState, bindings: bindings),
            value.isFinite, value >= 0
        else {
            throw Diagnostic(
                file: scenario.path, location: .unknown,
                message: "the duration of \(step.actionText) is undefined or negative"
                    + " (check the functions it reads in the problem's :init)")
        }
        guard value <= Double(maximumDuration) else { throw tooLong(step, value, scenario) }
        return value
    }

    /// The longest duration of a step, in the scenario's time unit: the scheduler's limit
    /// (``SchedulingLimits/maximumTime``). The project built from the plan is checked again
    /// in ticks, which may be finer (see ``TimeScale``).
    public static let maximumDuration = SchedulingLimits.maximumTime

    /// The error for a step of duration `value` above ``maximumDuration``, at the initial
    /// value of the problem that holds it when there is one.
    private static func tooLong(_ step: PlanStep, _ value: Double, _ scenario: Scenario)
        -> Diagnostic
    {
        let message =
            "the duration of \(step.actionText) is \(value), more than the limit of "
            + "\(maximumDuration) time units"
        let source = scenario.problem.initialValues.first {
            $0.value == value && $0.location != .unknown
        }
        guard let source else {
            return Diagnostic(file: scenario.path, location: .unknown, message: message)
        }
        return Diagnostic(file: scenario.problemPath, location: source.location, message: message)
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
