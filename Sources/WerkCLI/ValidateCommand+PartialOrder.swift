import Foundation
import Grounding
import PDDL
import PartialOrderPlanning
import PlanningTask

extension ValidateCommand {
    /// Partial-order plans in JSON (`werk plan --partial-order`): every linearisation is
    /// proven valid through causal links and a threat check, or a counter-example
    /// linearisation is printed.
    enum PartialOrderPlanFormat: PlanFileFormat {
        static func accepts(_ contents: Data) -> Bool {
            contents.first { !" \t\r\n".utf8.contains($0) } == UInt8(ascii: "{")
        }

        static func validate(
            _ contents: Data, path: String, domain: Domain, problem: Problem
        ) throws -> Verdict {
            let document: PartialOrderPlanDocument
            do {
                document = try PartialOrderPlanDocument.parse(
                    String(decoding: contents, as: UTF8.self))
            } catch {
                throw PartialOrderFileError(description: "\(path):\(error.description)")
            }
            let task: GroundTask
            do {
                task = try Grounder.ground(domain: domain, problem: problem)
            } catch {
                throw PartialOrderFileError(
                    description: "error: cannot ground the task: \(error.message)")
            }
            let plan: PartialOrderPlan
            do {
                plan = try document.plan(in: task)
            } catch  where error.isInvalidPlan {
                return Verdict(
                    isValid: false,
                    report: "\(path):\(error.line):\(error.column): invalid partial-order plan: "
                        + error.message, kind: "partial_order_plan")
            } catch {
                throw PartialOrderFileError(description: "\(path):\(error.description)")
            }
            let verdict: PartialOrderValidation
            do {
                verdict = try PartialOrderValidator(task: task).validate(plan)
            } catch {
                throw PartialOrderFileError(description: "\(path): error: \(error)")
            }
            return Verdict(
                isValid: verdict.isValid,
                report: PartialOrderReport(task: task, plan: plan, ids: document.steps.map(\.id))
                    .describe(verdict), kind: "partial_order_plan", steps: plan.steps.count)
        }
    }
}

/// A malformed partial-order plan file; the description is the complete diagnostic.
struct PartialOrderFileError: Error, CustomStringConvertible {
    let description: String
}
