import Foundation
import SourceText
import Testing
import Workflow

/// A workflow document just written to a file is checked in memory into the workflow that
/// loading the file gives, and its problems are reported with their positions.
@Suite("Workflow checked in memory")
struct WorkflowInMemoryTests {
    private static let document = WorkflowDocument(
        name: "demo", resources: ["cpu": 2],
        steps: [
            WorkflowStep(id: "a", command: ["echo", "a"], plannedStart: 0.3),
            WorkflowStep(id: "b", command: ["echo", "b"], after: ["a"], uses: ["cpu": 2]),
        ])

    private static func encoded(_ document: WorkflowDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(document)
    }

    @Test("the same document, source and dense form as loading the file written")
    func sameAsLoadingTheFile() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-in-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("workflow.json").path
        let data = try Self.encoded(Self.document)
        try data.write(to: URL(fileURLWithPath: path))

        let inMemory = try WorkflowLoader.workflow(
            Self.document, writtenAs: Array(data), to: path)
        let loaded = try WorkflowLoader.load(path: path)
        #expect(inMemory.document == loaded.document)
        #expect(inMemory.source == loaded.source)
        #expect(inMemory.demands == loaded.demands)
        #expect(inMemory.successorList == loaded.successorList)
        #expect(inMemory.priority == loaded.priority)
    }

    @Test("a problem is reported at its position in the bytes written")
    func problemsArePositioned() throws {
        var document = Self.document
        document.steps[1].after = ["missing"]
        let data = try Self.encoded(document)
        do {
            _ = try WorkflowLoader.workflow(document, writtenAs: Array(data), to: "wf.json")
            Issue.record("expected the workflow to be rejected")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.file == "wf.json")
            #expect(diagnostic.location.line > 1)
            #expect(diagnostic.message.contains("missing"))
        }
    }
}
