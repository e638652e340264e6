import Foundation
import TestSupport
import Testing

/// `--json` of plan, validate, schedule, lp and runs: one JSON document on standard output,
/// whatever standard output is, with snake_case keys; text without it.
@Suite struct JSONOutputTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let domain = root.appending(path: "Problems/scenarios/delivery/domain.pddl").path
    static let problem = root.appending(path: "Problems/scenarios/delivery/problem.pddl").path

    /// The JSON object `werk arguments…` prints, after checking it exited with 0.
    private static func document(_ arguments: [String]) throws -> Any {
        let result = try WerkProcess.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.error)")
        let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        #expect(camelCaseKeys(in: value).isEmpty, "\(arguments)")
        return value
    }

    /// Every key of `value`, at any depth, with an upper-case letter.
    private static func camelCaseKeys(in value: Any) -> [String] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, inner in
                (key.contains { $0.isUppercase } ? [key] : []) + camelCaseKeys(in: inner)
            }
        }
        return (value as? [Any])?.flatMap(camelCaseKeys) ?? []
    }

    @Test("plan --json, and validate --json of the plan written with --output")
    func planAndValidate() throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let planFile = folder.appending(path: "plan.txt").path
        let plan = try #require(
            try Self.document(["plan", Self.domain, Self.problem, "--json", "-o", planFile])
                as? [String: Any])
        #expect(plan["status"] as? String == "solved")
        let steps = try #require(plan["steps"] as? [[String: Any]])
        #expect(plan["cost"] as? Int == steps.count)
        // The same plan as the text written to --output.
        let written = try String(contentsOfFile: planFile, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix(";") }.map(String.init)
        #expect(steps.compactMap { $0["action"] as? String } == written)

        let verdict = try #require(
            try Self.document(["validate", Self.domain, Self.problem, planFile, "--json"])
                as? [String: Any])
        #expect(verdict["valid"] as? Bool == true)
        #expect(verdict["kind"] as? String == "plan")
        #expect(verdict["steps"] as? Int == steps.count)
    }

    @Test("schedule prints a summary line, and the JSON with --json")
    func schedule() throws {
        let instance = Self.root.appending(path: "Problems/scheduling/ft06.txt").path
        let text = try WerkProcess.run(["schedule", instance])
        #expect(text.status == 0)
        #expect(text.output.hasPrefix("ft06: optimal, makespan 55, bound 55, "), "\(text.output)")
        let json = try #require(
            try Self.document(["schedule", instance, "--json"]) as? [String: Any])
        #expect(json["makespan"] as? Int == 55)
        #expect(json["objective_kind"] as? String == "makespan")
    }

    @Test("lp --json has limit_reached; runs --json lists the runs and their steps")
    func lpAndRuns() throws {
        let model = Self.root.appending(path: "Problems/lp/workforce.mod").path
        let data = Self.root.appending(path: "Problems/lp/workforce.dat").path
        let solution = try #require(
            try Self.document(["lp", model, "--data", data, "--json"]) as? [String: Any])
        #expect(solution["status"] as? String == "optimal")
        #expect(solution["limit_reached"] as? Bool == false)

        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflow = folder.appending(path: "workflow.json").path
        try """
        {"schema": "werkvloei.workflow/v1", "name": "one-step",
         "steps": [{"id": "only", "command": ["true"]}]}
        """.write(toFile: workflow, atomically: true, encoding: .utf8)
        #expect(try WerkProcess.run(["run", workflow, "-q"]).status == 0)
        let runs = try #require(
            try Self.document(["runs", workflow, "--json"]) as? [[String: Any]])
        #expect(runs.first?["state"] as? String == "succeeded")
        #expect(runs.first?["step_count"] as? Int == 1)
        let run = try #require(
            try Self.document(["runs", "show", "1", workflow, "--json"]) as? [String: Any])
        let steps = try #require(run["steps"] as? [[String: Any]])
        #expect(steps.first?["id"] as? String == "only")
    }
}
