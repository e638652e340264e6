import Foundation
import Grounding
import PDDL
import PlanningTask
import Search
import TestSupport

/// Tasks of the test corpus (`Tests/Corpus/pddl`) grounded, with a plan from the satisficing
/// planner.
enum Corpus {
    /// The ground task and a plan for it; `nil` when the planner finds none.
    static func plannedTask(_ domain: String, _ instance: String) throws -> (
        GroundTask, SequentialPlan
    )? {
        let (domainFile, problemFile) = try TestCorpus.pddlTask(domain, instance)
        let parsedDomain = try PDDLParser.parseDomain(contentsOf: domainFile)
        let parsedProblem = try PDDLParser.parseProblem(
            contentsOf: problemFile, domain: parsedDomain)
        let task = try Grounder.ground(domain: parsedDomain, problem: parsedProblem)
        let generator = SuccessorGenerator(task: task)
        let (outcome, _) = SatisficingPlanner(
            task: task, generator: generator, limits: .none, anytime: false
        ).run()
        guard let plan = outcome.plan else { return nil }
        return (task, plan)
    }
}
