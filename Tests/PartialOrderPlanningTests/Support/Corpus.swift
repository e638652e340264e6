import Foundation
import Grounding
import PDDL
import PlanningTask
import Search

/// Tasks of `shared/benchmarks/pddl` (located above the repository) grounded, with a plan
/// from the satisficing planner.
enum Corpus {
    static let benchmarks: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/benchmarks/pddl")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// The domain and problem file of `domain/instance`.
    static func files(_ domain: String, _ instance: String) -> (domain: String, problem: String)? {
        guard let benchmarks else { return nil }
        let folder = benchmarks.appendingPathComponent(domain)
        var domainFile = folder.appendingPathComponent("domain.pddl").path
        if !FileManager.default.fileExists(atPath: domainFile) {
            domainFile = folder.appendingPathComponent("\(instance)-domain.pddl").path
        }
        return (domainFile, folder.appendingPathComponent("\(instance).pddl").path)
    }

    /// The ground task and a plan for it.
    static func plannedTask(_ domain: String, _ instance: String) throws -> (
        GroundTask, SequentialPlan
    )? {
        guard let (domainFile, problemFile) = files(domain, instance) else { return nil }
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
