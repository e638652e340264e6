import Grounding
public import PDDL
public import PartialOrderPlanning
public import PlanningTask

/// The check of a partial-order plan file (`werk plan --partial-order`) against its PDDL
/// task: the task grounded, the file's steps read into it, and every linearisation proven
/// valid (``PartialOrderValidator``) or a counter-example linearisation found. A plan of a
/// classical domain proven valid is checked once more by code that shares nothing with that
/// proof (``LinearisationCheck``); should the two disagree, the verdict says so.
public struct PartialOrderPlanCheck: Sendable {
    /// A file that could not be checked; the description is the complete diagnostic.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// `file:line:column: error: message`, or `error: message` without a position.
        public let description: String
    }

    /// What the check found.
    public enum Verdict: Sendable {
        /// The plan read from the file and the validator's verdict on it.
        case checked(PartialOrderPlan, PartialOrderValidation)
        /// The file is well-formed but names an action or fact the task cannot have, so the
        /// plan is invalid; where and why.
        case foreignReference(PartialOrderDocumentError)
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

    /// Checks the partial-order plan `text`, read from `path`, against `problem` of `domain`;
    /// throws a ``Failure`` for a malformed file or a task that cannot be grounded.
    public init(_ text: String, path: String, domain: Domain, problem: Problem) throws(Failure) {
        do {
            document = try PartialOrderPlanDocument.parse(text)
        } catch {
            throw Failure(description: "\(path):\(error.description)")
        }
        do {
            task = try Grounder.ground(domain: domain, problem: problem)
        } catch {
            throw Failure(description: "error: cannot ground the task: \(error.message)")
        }
        let plan: PartialOrderPlan
        do {
            plan = try document.plan(in: task)
        } catch  where error.isInvalidPlan {
            verdict = .foreignReference(error)
            return
        } catch {
            throw Failure(description: "\(path):\(error.description)")
        }
        let validation: PartialOrderValidation
        do {
            validation = try PartialOrderValidator(task: task).validate(plan)
        } catch {
            throw Failure(description: "\(path): error: \(error)")
        }
        if validation.isValid, domain.durativeActions.isEmpty,
            let failure = LinearisationCheck(task: task, domain: domain, problem: problem)
                .failure(of: plan)
        {
            verdict = .checkersDisagree(failure)
        } else {
            verdict = .checked(plan, validation)
        }
    }
}
