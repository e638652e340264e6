import Foundation
import TestSupport
import Testing

/// The published scenario schema accepts every bundled scenario and refuses a misspelt key,
/// as the loader does (checked with Python's `jsonschema`, Draft 2020-12).
@Suite struct ScenarioSchemaTests {
    private func schemaAccepts(_ files: [String]) throws -> Bool {
        let schema = URL(fileURLWithPath: scenariosFolder)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Pipeline/Schema/scenario.schema.json").path
        return try JSONSchemaValidator.validate(files, against: schema).status == 0
    }

    @Test func bundledScenariosMatchTheSchema() throws {
        let files = ["release", "kitchen", "delivery", "lab"].map {
            "\(scenariosFolder)/\($0)/scenario.yaml"
        }
        #expect(try schemaAccepts(files))
    }

    @Test func misspeltKeyFailsTheSchema() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-scenario-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "domain: d.pddl\nproblem: p.pddl\nresource: {cook: 1}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try !schemaAccepts([path]))
    }
}
