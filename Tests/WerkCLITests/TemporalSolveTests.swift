import Foundation
import TestSupport
import Testing

/// `werk solve` on temporal scenarios whose actions must overlap or meet timed literals: the
/// temporal planner's plan is scheduled under its difference constraints, the timed plan
/// written is VAL-valid, and the workflow starts a step that runs during another after that
/// one has started (`start_after`).
@Suite("werk solve with the temporal planner")
struct TemporalSolveTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let fixtures = Bundle.module.bundleURL
        .appendingPathComponent("Fixtures/temporal")

    private struct Solved {
        var folder: URL
        var steps: [(id: String, after: [String], startAfter: [String], start: Double)]
        var timedPlan: [TimedPlanText.Step]
    }

    /// Solves `scenario`, checks the timed plan with VAL against `domain` and `problem`, and
    /// reads the workflow's steps and the timed plan.
    private func solve(_ scenario: String, domain: String, problem: String) throws -> Solved {
        let folder = try makeScratchDirectory()
        let outcome = try WerkProcess.run(["solve", scenario, "--output", folder.path])
        #expect(outcome.status == 0, "\(outcome.error)")
        let planPath = folder.appendingPathComponent("timed-plan.txt").path
        let verdict = try PlanValidatorTool.check(domain: domain, problem: problem, plan: planPath)
        guard case .valid = verdict else {
            Issue.record("VAL rejects werk solve's timed plan: \(verdict)")
            return Solved(folder: folder, steps: [], timedPlan: [])
        }
        let timedPlan = TimedPlanText.steps(
            of: try String(contentsOfFile: planPath, encoding: .utf8))
        let object = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("workflow.json")))
        let workflow = try #require(object as? [String: Any])
        let steps = try #require(workflow["steps"] as? [[String: Any]]).map { step in
            (
                id: step["id"] as? String ?? "", after: step["after"] as? [String] ?? [],
                startAfter: step["start_after"] as? [String] ?? [],
                start: step["planned_start"] as? Double ?? -1
            )
        }
        return Solved(folder: folder, steps: steps, timedPlan: timedPlan)
    }

    @Test("match-cellar: every mend runs while its match burns, and starts after it is lit")
    func matchCellar() throws {
        let (file, domain, problem) = try scenario("match-cellar", "resources: {hand: 1}\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let solved = try solve(file.path, domain: domain, problem: problem)
        defer { try? FileManager.default.removeItem(at: solved.folder) }
        let mends = solved.timedPlan.filter { $0.action.hasPrefix("(mend_fuse") }
        #expect(!mends.isEmpty)
        for mend in mends {
            let match = mend.action.split(separator: " ").last?.dropLast() ?? ""
            let light = solved.timedPlan.first { $0.action == "(light_match \(match))" }
            #expect(
                light.map {
                    $0.start < mend.start && mend.start + mend.duration < $0.start + $0.duration
                }
                    == true)
        }
        // In the workflow, each mend waits for its match to have been lit, not to burn out.
        for step in solved.steps where step.id.contains("mend-fuse") {
            let match = step.id.split(separator: "-").last.map(String.init) ?? ""
            #expect(step.startAfter.contains { $0.hasSuffix("light-match-\(match)") }, "\(step)")
            #expect(!step.after.contains { $0.hasSuffix("light-match-\(match)") })
        }
    }

    @Test("the bakery: bakes during the firing on named bakers, deliveries in the shop's window")
    func bakery() throws {
        let scenario = Self.repository.appendingPathComponent("Problems/scenarios/bakery")
        let temporal = Self.repository.appendingPathComponent("Problems/temporal")
        let solved = try solve(
            scenario.appendingPathComponent("scenario.yaml").path,
            domain: temporal.appendingPathComponent("domain.pddl").path,
            problem: temporal.appendingPathComponent("problem.pddl").path)
        defer { try? FileManager.default.removeItem(at: solved.folder) }
        let fire = try #require(solved.timedPlan.first { $0.action.hasPrefix("(fire") })
        for bake in solved.timedPlan where bake.action.hasPrefix("(bake") {
            #expect(fire.start < bake.start && bake.start + bake.duration < fire.start + 10)
        }
        let deliveries = solved.timedPlan.filter { $0.action.hasPrefix("(deliver") }
        #expect(deliveries.count == 2)
        for delivery in deliveries {
            #expect(delivery.start > 12 && delivery.start + delivery.duration < 20)
        }
        // One van: the deliveries do not overlap.
        let sorted = deliveries.sorted { $0.start < $1.start }
        #expect(sorted[0].start + sorted[0].duration <= sorted[1].start)
        // In the workflow each bake starts once the firing has started (ScenarioRunTests runs
        // it).
        for step in solved.steps where step.id.contains("bake") {
            #expect(step.startAfter.contains { $0.contains("fire") })
        }
    }

    /// A scenario file in a scratch folder for `fixture`'s domain and p01, with `extra` lines.
    private func scenario(_ fixture: String, _ extra: String = "") throws -> (
        file: URL, domain: String, problem: String
    ) {
        let folder = try makeScratchDirectory()
        let domain = Self.fixtures.appendingPathComponent("\(fixture)/domain.pddl").path
        let problem = Self.fixtures.appendingPathComponent("\(fixture)/p01.pddl").path
        let file = folder.appendingPathComponent("scenario.yaml")
        try "domain: \(domain)\nproblem: \(problem)\n\(extra)"
            .write(to: file, atomically: true, encoding: .utf8)
        return (file, domain, problem)
    }

    @Test("crew-planning: a crew member taken at an activity's start is not given two at once")
    func crewPlanning() throws {
        let (file, domain, problem) = try scenario("crew-planning")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let solved = try solve(file.path, domain: domain, problem: problem)
        defer { try? FileManager.default.removeItem(at: solved.folder) }
        // Activities of one crew member never overlap (VAL checked the rest).
        let activities = solved.timedPlan.filter { $0.action.hasPrefix("(conduct_payload") }
            .sorted { $0.start < $1.start }
        #expect(!activities.isEmpty)
        for (earlier, later) in zip(activities, activities.dropFirst()) {
            #expect(earlier.start + earlier.duration < later.start)
        }
    }

    @Test("search: opt plans the fewest steps where the compilation serves, else exit 2")
    func optimalSearch() throws {
        let plain = try scenario("crew-planning", "planner: {search: opt}\n")
        defer { try? FileManager.default.removeItem(at: plain.file.deletingLastPathComponent()) }
        let solved = try solve(plain.file.path, domain: plain.domain, problem: plain.problem)
        defer { try? FileManager.default.removeItem(at: solved.folder) }
        #expect(!solved.timedPlan.isEmpty)
        let overlapping = try scenario("match-cellar", "planner: {search: opt}\n")
        defer {
            try? FileManager.default.removeItem(at: overlapping.file.deletingLastPathComponent())
        }
        let refused = try WerkProcess.run([
            "solve", overlapping.file.path, "--output",
            overlapping.file.deletingLastPathComponent().appendingPathComponent("out").path,
        ])
        #expect(refused.status == 2)
        #expect(refused.error.contains("'opt' is not available"))
    }
}
