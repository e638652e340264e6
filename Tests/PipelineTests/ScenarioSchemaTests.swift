import Foundation
import TestSupport
import Testing

/// The published scenario schema accepts every bundled scenario and refuses a misspelt key,
/// as the loader does (checked with Python's `jsonschema`, Draft 2020-12).
@Suite struct ScenarioSchemaTests {
    private let schema = URL(fileURLWithPath: scenariosFolder)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Pipeline/Schema/scenario.schema.json").path

    @Test func bundledScenariosMatchTheSchema() throws {
        let files = ["release", "kitchen", "delivery", "lab", "workshop"].map {
            "\(scenariosFolder)/\($0)/scenario.yaml"
        }
        #expect(try JSONSchemaCheck.validate(files, schemaPath: schema) == .accepted)
    }

    @Test func misspeltKeyFailsTheSchema() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-scenario-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "domain: d.pddl\nproblem: p.pddl\nresource: {cook: 1}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let verdict = try JSONSchemaCheck.validate([path], schemaPath: schema)
        guard case .rejected(let report) = verdict else {
            Issue.record("the schema accepted a misspelt key")
            return
        }
        #expect(report.contains("'resource'"), "\(report)")
    }

    @Test func unitDemandsGiveASkillOrUnitsNotBoth() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-scenario-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
        domain: d.pddl
        problem: p.pddl
        resources: {welder: {ana: [tig], ben: []}}
        actions:
          weld: {uses: {welder: {skill: tig, units: [ana]}}}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let verdict = try JSONSchemaCheck.validate([path], schemaPath: schema)
        guard case .rejected = verdict else {
            Issue.record("the schema accepted both a skill and units")
            return
        }
    }
}
