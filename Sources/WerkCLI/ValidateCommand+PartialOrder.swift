import Foundation
import Grounding
import PDDL
import PartialOrderPlanning
import PlanningTask
import SourceText

extension ValidateCommand {
    /// Partial-order plans in JSON (`werk plan --partial-order`): every linearisation is
    /// proven valid through causal links and a threat check, or a counter-example
    /// linearisation is printed.
    enum PartialOrderPlanFormat: PlanFileFormat {
        static func accepts(_ contents: Data) -> Bool {
            contents.first { !" \t\r\n".utf8.contains($0) } == UInt8(ascii: "{")
        }

        static func validate(
            _ contents: Data, path: String, domain: Domain, problem: Problem,
            pddlFiles: (domain: String, problem: String)
        ) throws -> Verdict {
            let document = try PartialOrderPlanDocument.parse(
                String(decoding: contents, as: UTF8.self), file: path)
            let task: GroundTask
            do {
                task = try Grounder.ground(domain: domain, problem: problem)
            } catch {
                throw error.diagnostic(domainFile: pddlFiles.domain, problemFile: pddlFiles.problem)
            }
            let plan: PartialOrderPlan
            do {
                plan = try document.plan(in: task)
            } catch {
                // A file that names what the task cannot have is an invalid plan (status 1).
                guard case .invalid = error.kind else { throw error }
                return Verdict(
                    isValid: false, report: error.description, kind: "partial_order_plan")
            }
            let verdict: PartialOrderValidation
            do {
                verdict = try PartialOrderValidator(task: task).validate(plan)
            } catch {
                throw Diagnostic(file: path, location: .unknown, message: "\(error)")
            }
            return Verdict(
                isValid: verdict.isValid,
                report: PartialOrderReport(task: task, plan: plan, ids: document.steps.map(\.id))
                    .describe(verdict), kind: "partial_order_plan", steps: plan.steps.count)
        }
    }
}
