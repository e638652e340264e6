import PDDL
import PartialOrderPlanning
import Pipeline
import PlanningTask
import Search
import SourceText
import TestSupport
import Testing

/// The partial-order step beside ``PDDLPlanner``: a plan deordered, and a partial-order plan
/// file checked against its task, as `werk plan --partial-order` and `werk validate` do.
@Suite struct PartialOrderingTests {
    /// The planner of depot p01 and the plan it finds.
    static func plannedDepot() throws -> (PDDLPlanner, SequentialPlan) {
        let files = try TestCorpus.pddlTask("depot", "p01")
        let domain = try PDDLParser.parseDomain(contentsOf: files.domain)
        let problem = try PDDLParser.parseProblem(contentsOf: files.problem, domain: domain)
        let planner = try PDDLPlanner(domain: domain, problem: problem)
        let plan = try #require(planner.findPlan(limits: .none).outcome.plan)
        return (planner, plan)
    }

    @Test func deorderingKeepsTheStepsAndValidates() async throws {
        let (planner, plan) = try Self.plannedDepot()
        let outcome = try await planner.partialOrder(of: plan, by: .deorder)
        #expect(outcome.method == "deordering")
        #expect(outcome.plan.steps == plan.operators)
        #expect(try PartialOrderValidator(task: planner.task).validate(outcome.plan) == .valid)
    }

    @Test func theFileOfADeorderingChecksValid() async throws {
        let (planner, plan) = try Self.plannedDepot()
        let pop = try await planner.partialOrder(of: plan, by: .deorder).plan
        let check = try PartialOrderPlanCheck(
            pop.jsonText(in: planner.task), path: "pop.json", domain: planner.domain,
            problem: planner.problem, pddlFiles: ("domain.pddl", "problem.pddl"))
        guard case .checked(let read, let validation) = check.verdict else {
            Issue.record("\(check.verdict)")
            return
        }
        #expect(read.steps.count == plan.operators.count)
        #expect(validation == .valid)
        #expect(check.document.steps.count == plan.operators.count)
    }

    @Test func aMalformedFileNamesItsPath() throws {
        let (planner, _) = try Self.plannedDepot()
        #expect {
            try PartialOrderPlanCheck(
                "{", path: "pop.json", domain: planner.domain, problem: planner.problem,
                pddlFiles: ("domain.pddl", "problem.pddl"))
        } throws: { error in
            (error as? Diagnostic)?.description.hasPrefix("pop.json:1:") == true
        }
    }
}
