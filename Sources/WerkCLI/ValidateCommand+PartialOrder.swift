import Foundation
import PDDL
import PartialOrderPlanning
import Pipeline
import SourceText

extension ValidateCommand {
    /// Partial-order plans in JSON (`werk plan --partial-order`): every linearisation is
    /// proven valid through causal links and a threat check, or a counter-example
    /// linearisation is printed (``PartialOrderPlanCheck``).
    enum PartialOrderPlanFormat: PlanFileFormat {
        static func accepts(_ contents: Data) -> Bool {
            contents.first { !" \t\r\n".utf8.contains($0) } == UInt8(ascii: "{")
        }

        static func validate(
            _ contents: Data, path: String, domain: Domain, problem: Problem,
            pddlFiles: (domain: String, problem: String)
        ) throws -> Verdict {
            let check = try PartialOrderPlanCheck(
                String(decoding: contents, as: UTF8.self), path: path, domain: domain,
                problem: problem, pddlFiles: pddlFiles)
            switch check.verdict {
            case .foreignReference(let diagnostic):
                return Verdict(
                    isValid: false, report: diagnostic.description, kind: "partial_order_plan")
            case .checkersDisagree(let failure):
                throw InternalError(
                    message: "the causal-link check accepts the partial-order plan, but \(failure)")
            case .checked(let plan, let validation):
                let report = PartialOrderReport(
                    task: check.task, plan: plan, ids: check.document.steps.map(\.id))
                return Verdict(
                    isValid: validation.isValid, report: report.describe(validation),
                    kind: "partial_order_plan", steps: plan.steps.count)
            }
        }
    }
}
