import Foundation
import SourceText
import TestSupport
import Testing
import Workflow

/// The published JSON Schema agrees with the loader on the examples and on bad documents.
@Suite("Workflow JSON Schema")
struct WorkflowSchemaTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let schema = repository.appendingPathComponent(
        "Sources/Workflow/Schema/workflow-v1.schema.json")

    @Test("the example workflows load and match the schema")
    func examples() throws {
        let directory = Self.repository.appendingPathComponent("Problems/workflows")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }.map { directory.appendingPathComponent($0).path }
        #expect(!files.isEmpty)
        for file in files { _ = try WorkflowLoader.load(path: file) }
        #expect(try JSONSchemaCheck.validate(files, schemaPath: Self.schema.path) == .accepted)
    }

    @Test("a document with an unknown field fails both the loader and the schema")
    func unknownField() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-schema-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = """
            {"schema": "werkvloei.workflow/v1", "name": "x",
             "steps": [{"id": "a", "command": ["true"], "depends": []}]}
            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: DiagnosticList.self) { try WorkflowLoader.load(path: path) }
        let verdict = try JSONSchemaCheck.validate([path], schemaPath: Self.schema.path)
        guard case .rejected(let report) = verdict else {
            Issue.record("the schema accepted an unknown field")
            return
        }
        #expect(report.contains("'depends'"), "\(report)")
    }

    @Test("a check that fails without a verdict is an error, not a rejection")
    func failedCheckIsNoRejection() throws {
        let example = Self.repository.appendingPathComponent("Problems/workflows")
        let missingSchema = Self.repository.appendingPathComponent("no-such-schema.json").path
        #expect(throws: JSONSchemaCheck.ToolFailure.self) {
            try JSONSchemaCheck.validate([example.path], schemaPath: missingSchema)
        }
    }
}
