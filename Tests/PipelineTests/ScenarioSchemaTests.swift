import Foundation
import Testing

/// The published scenario schema accepts every bundled scenario and refuses a misspelt key,
/// as the loader does (checked with Python's `jsonschema`, Draft 2020-12).
@Suite struct ScenarioSchemaTests {
    private func schemaAccepts(_ files: [String]) throws -> Bool {
        let schema = URL(fileURLWithPath: scenariosFolder)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Pipeline/Schema/scenario.schema.json").path
        let script = """
            import json, sys, yaml, jsonschema
            validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
            sys.exit(any(list(validator.iter_errors(yaml.safe_load(open(p)))) for p in sys.argv[2:]))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema] + files
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
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
