import Grounding
public import PDDL
public import PartialOrderPlanning
public import PlanningTask
public import SourceText

/// The check of a partial-order plan file (`werk plan --partial-order`) against its PDDL
/// task: the task grounded, the file's steps read into it, and every linearisation proven
/// valid (``PartialOrderValidator``) or a counter-example linearisation found. A plan of a
/// classical domain proven valid is checked once more by code that shares nothing with that
/// proof (``LinearisationCheck``); should the two disagree, the verdict says so.
public struct PartialOrderPlanCheck: Sendable {
    /// What the check found.
    public enum Verdict: Sendable {
        /// The plan read from the file and the validator's verdict on it.
        case checked(PartialOrderPlan, PartialOrderValidation)
        /// The file is well-formed but names an action or fact the task cannot have, so the
        /// plan is invalid: where and why (a diagnostic of kind `invalid`).
        case foreignReference(Diagnostic)
        /// The causal-link proof accepts the plan and the lifted validator rejects one of its
        /// linearisations (described): a bug in one of the two.
        case checkersDisagree(String)
    }

    /// The ground task of the domain and problem.
    public let task: GroundTask
    /// The file as read.
    public let document: PartialOrderPlanDocument
    /// The verdict on the plan.
    public let verdict: Verdict

    /// Checks the partial-order plan `text`, read from `path`, against `problem` of `domain`
    /// (read from `pddlFiles`); throws a ``Diagnostic`` for a malformed file, or a task that
    /// cannot be grounded (located in the domain or problem file).
    public init(
        _ text: String, path: String, domain: Domain, problem: Problem,
        pddlFiles: (domain: String, problem: String)
    ) throws(Diagnostic) {
        document = try PartialOrderPlanDocument.parse(text, file: path)
        do {
            task = try Grounder.ground(domain: domain, problem: problem)
        } catch {
            throw error.diagnostic(domainFile: pddlFiles.domain, problemFile: pddlFiles.problem)
        }
        let plan: PartialOrderPlan
        do {
            plan = try document.plan(in: task)
        } catch {
            guard case .invalid = error.kind else { throw error }
            verdict = .foreignReference(error)
            return
        }
        let validation: PartialOrderValidation
        do {
            validation = try PartialOrderValidator(task: task).validate(plan)
        } catch {
            throw Diagnostic(file: path, location: .unknown, message: "\(error)")
        }
        if validation.isValid, domain.durativeActions.isEmpty,
            let failure = LinearisationCheck(task: task)
                .failure(of: plan)
        {
            verdict = .checkersDisagree(failure)
        } else {
            verdict = .checked(plan, validation)
        }
    }
}
