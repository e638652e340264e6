import Grounding
import PDDL
import PlanningTask
import Search
import TestSupport
import Testing

/// End to end on the dev corpus (`Tests/Corpus/pddl`): parse, ground, search, and check every plan with the PDDL
/// module's lifted validator (independent of the grounder).
@Suite("Planning on the dev corpus")
struct CorpusPlanningTests {
    static let satisficingTasks = [
        "gripper/p01", "logistics00/p01", "blocks/p03", "depot/p01", "driverlog/p01",
        "zenotravel/p02", "satellite/p01", "rovers/p01", "freecell/p01",
        "parcprinter-08-strips/p01", "elevators-sat08-strips/p01",
        "transport-sat08-strips/p01", "barman-sat11-strips/p01", "miconic-simpleadl/p02",
        "schedule/p02", "assembly/p01",
    ]

    static let optimalTasks = [
        "gripper/p01", "logistics00/p01", "blocks/p02", "depot/p01", "driverlog/p01",
        "zenotravel/p03", "satellite/p01", "rovers/p02", "parcprinter-08-strips/p01",
        "schedule/p02",
    ]

    private func load(_ name: String) throws -> (Domain, Problem, GroundTask) {
        let parts = name.split(separator: "/").map(String.init)
        let paths = try TestCorpus.pddlTask(parts[0], parts[1])
        let domain = try PDDLParser.parseDomain(contentsOf: paths.domain)
        let problem = try PDDLParser.parseProblem(contentsOf: paths.problem, domain: domain)
        let task = try Grounder.ground(domain: domain, problem: problem)
        try task.validateIndices()
        return (domain, problem, task)
    }

    private func validate(
        _ plan: SequentialPlan, _ task: GroundTask, _ domain: Domain, _ problem: Problem
    ) -> PlanValidation {
        let steps = plan.operators.map {
            PlanStep(actionName: task[$0].name, arguments: task[$0].arguments)
        }
        return PlanValidator(domain: domain, problem: problem).validateSequential(steps)
    }

    @Test(
        "LAMA-style search finds a plan the lifted validator accepts", arguments: satisficingTasks)
    func satisficing(name: String) throws {
        let (domain, problem, task) = try load(name)
        let generator = SuccessorGenerator(task: task)
        let (outcome, _) = SatisficingPlanner(
            task: task, generator: generator, limits: .none, anytime: false
        ).run()
        let plan = try #require(outcome.plan)
        #expect(generator.check(plan) == .valid)
        let verdict = validate(plan, task, domain, problem)
        #expect(verdict.isValid, "\(verdict)")
        if case .valid(let cost) = verdict, task.hasActionCosts {
            #expect(Int(cost) == plan.cost(in: task))
        }
    }

    @Test("A* with LM-cut returns Fast Downward's optimal cost", arguments: optimalTasks)
    func optimal(name: String) throws {
        let (domain, problem, task) = try load(name)
        let expected = try #require(
            try ReferenceCosts.optimal()[name], "no reference cost for \(name)")
        let generator = SuccessorGenerator(task: task)
        let (outcome, _) = OptimalPlanner(
            task: task, generator: generator, heuristic: .lmcut, limits: .none
        ).run()
        let plan = try #require(outcome.plan)
        #expect(validate(plan, task, domain, problem).isValid)
        #expect(plan.cost(in: task) == expected)
    }
}
