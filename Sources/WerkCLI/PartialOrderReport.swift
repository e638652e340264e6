import PartialOrderPlanning
import PlanningTask

/// Words for the verdicts on a partial-order plan, naming steps by their ids in the file.
struct PartialOrderReport {
    let task: GroundTask
    let plan: PartialOrderPlan
    /// The id of each step.
    let ids: [String]

    /// The message for `verdict`.
    func describe(_ verdict: PartialOrderValidation) -> String {
        let orderings = plan.orderings.count
        switch verdict {
        case .valid:
            return "valid partial-order plan: \(plan.stepCount) steps, \(orderings) orderings; "
                + "every linearisation is valid"
        case .invalid(let flaw, let counterexample, let failure):
            var lines = ["invalid partial-order plan: \(describe(flaw))"]
            lines.append(
                "counter-example linearisation: "
                    + counterexample.map { ids[$0] }.joined(separator: " "))
            switch failure {
            case .notApplicable(let position):
                let step = counterexample[position]
                lines.append(
                    "  it fails at position \(position + 1): \(ids[step]) \(task[plan.steps[step]])"
                        + " is not applicable")
            case .goalNotReached:
                lines.append("  it does not reach the goal")
            case .valid, .unknownOperator:
                break
            }
            return lines.joined(separator: "\n")
        case .invalidLink(let index, let reason):
            return "invalid partial-order plan: link \(index + 1): \(reason)"
        case .unproven(let flaw):
            return "partial-order plan not proven valid: \(describe(flaw)) "
                + "(conditional effects may behave differently in other linearisations)"
        }
    }

    private func name(_ node: PlanNode) -> String {
        switch node {
        case .initial: "the initial state"
        case .goal: "the goal"
        case .step(let index): "\(ids[index]) \(task[plan.steps[index]])"
        }
    }

    private func describe(_ flaw: PartialOrderValidation.Flaw) -> String {
        let fact = task[flaw.fact].description
        let condition = flaw.isNegative ? "(not \(fact))" : fact
        if let threat = flaw.threat {
            return "\(name(.step(threat))) may come before \(name(flaw.consumer)) and undo its "
                + "condition \(condition) with nothing restoring it"
        }
        return "nothing necessarily establishes \(condition) before \(name(flaw.consumer))"
    }
}
