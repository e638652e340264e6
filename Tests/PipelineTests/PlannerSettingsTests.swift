import Foundation
import PDDL
import Pipeline
import SourceText
import Testing

/// `planner:` in a scenario: which search plans, read and checked by the loader and used by
/// the solver.
@Suite struct PlannerSettingsTests {
    /// The delivery scenario with `planner` as its planner settings (nil: none).
    private func delivery(planner: String?) throws -> Scenario {
        var text = try String(
            contentsOfFile: "\(scenariosFolder)/delivery/scenario.yaml", encoding: .utf8)
        if let planner { text += "\nplanner: \(planner)\n" }
        return try ScenarioLoader.load(text, path: "\(scenariosFolder)/delivery/settings.yaml")
    }

    @Test func defaultsAreGreedyAndNotAnytime() throws {
        #expect(try delivery(planner: nil).planner == PlannerSettings(search: .sat, anytime: false))
        #expect(
            try delivery(planner: "{search: sat, anytime: true}").planner
                == PlannerSettings(search: .sat, anytime: true))
    }

    @Test(arguments: [
        ("{search: best}", "unknown search 'best'"),
        ("{anytime: maybe}", "expected anytime as true or false"),
        ("{search: opt, anytime: true}", "anytime applies to search: sat only"),
        ("{heuristic: lmcut}", "heuristic"),
    ])
    func badSettingsAreLocated(planner: String, message: String) {
        do {
            _ = try delivery(planner: planner)
            Issue.record("accepted planner: \(planner)")
        } catch let error as Diagnostic {
            #expect(error.message.contains(message), "\(error)")
            #expect(error.location.line > 1)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("search: opt plans fewer steps than the greedy search on the delivery scenario")
    func optimalSearchFindsTheShortestPlan() async throws {
        let greedy = try await ScenarioSolver(scenario: delivery(planner: nil), timeLimit: 30)
            .solve()
        let optimal = try await ScenarioSolver(
            scenario: delivery(planner: "{search: opt}"), timeLimit: 30
        ).solve()
        // 11 steps: each of the five parcels is loaded and unloaded once, and the vans drive
        // depot → centre → airport and depot → harbour (docs/plan.md shows this plan).
        #expect(optimal.steps.count == 11)
        #expect(optimal.steps.count <= greedy.steps.count)
    }
}
