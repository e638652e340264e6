import Foundation
import SourceText
import Testing
import Workflow

/// The loader's checks, each reported with the position and JSON path of the culprit.
@Suite("Workflow loader")
struct WorkflowLoaderTests {
    private func decode(_ text: String) throws(DiagnosticList) -> ExecutableWorkflow {
        let bytes = Array(text.utf8)
        let source = WorkflowSource(
            displayPath: "wf.json", absolutePath: "/work/wf.json", directory: "/work", bytes: bytes)
        return try WorkflowLoader.decode(bytes: bytes, source: source)
    }

    /// The single diagnostic of `text`, which must fail to load.
    private func diagnostic(_ text: String) throws -> Diagnostic {
        do {
            _ = try decode(text)
        } catch {
            return try #require(error.diagnostics.first)
        }
        Issue.record("expected the workflow to be rejected")
        throw CancellationError()
    }

    private static let valid = """
        {
          "schema": "werkvloei.workflow/v1",
          "name": "demo",
          "resources": {"cpu": 2, "gpu": 1},
          "steps": [
            {"id": "a", "command": ["echo", "a"], "planned_start": 5},
            {"id": "b", "command": ["echo", "b"], "after": ["a"], "uses": {"cpu": 2}},
            {"id": "c", "command": ["echo", "c"], "after": ["a", "b"], "uses": {"gpu": 1},
             "planned_start": 1}
          ]
        }
        """

    @Test("a valid workflow is numbered densely")
    func denseForm() throws {
        let workflow = try decode(Self.valid)
        #expect(workflow.stepCount == 3)
        #expect(workflow.resourceNames == ["cpu", "gpu"])
        #expect(workflow.capacities == [2, 1])
        #expect(Array(workflow.successors(of: 0)) == [1, 2])
        #expect(Array(workflow.successors(of: 1)) == [2])
        #expect(workflow.predecessorCounts == [0, 1, 2])
        #expect(workflow.demand(of: 1, resource: 0) == 2)
        #expect(workflow.demand(of: 2, resource: 1) == 1)
        // Earliest planned start first; steps without one come last, in file order.
        #expect(workflow.priority == [1, 2, 0])
        #expect(workflow.workingDirectory(of: 0) == "/work")
    }

    @Test("an unknown step in `after` is reported at its line, column and path")
    func unknownPredecessor() throws {
        let text = Self.valid.replacingOccurrences(
            of: #""after": ["a", "b"]"#, with: #""after": ["a", "x"]"#)
        let problem = try diagnostic(text)
        #expect(problem.message.hasPrefix("$.steps[2].after[1]: "))
        #expect(problem.location.line == 8)
        #expect(problem.location.column == 58)
        #expect(problem.message.contains("unknown step 'x'"))
        #expect(problem.description.hasPrefix("wf.json:8:58: error: $.steps[2].after[1]: "))
    }

    @Test("a cycle is reported with the steps on it")
    func cycle() throws {
        let text = Self.valid.replacingOccurrences(
            of: #""id": "a", "command": ["echo", "a"]"#,
            with: #""id": "a", "command": ["echo", "a"], "after": ["c"]"#)
        let problem = try diagnostic(text)
        #expect(problem.message.contains(": cycle: "))
        #expect(problem.message.contains("a") && problem.message.contains("c"))
        #expect(problem.message.split(separator: ":").first?.hasSuffix(".after") == true)
    }

    @Test("unknown resources and demands above capacity are rejected")
    func resourceProblems() throws {
        let unknown = try diagnostic(
            Self.valid.replacingOccurrences(
                of: #""uses": {"gpu": 1}"#, with: #""uses": {"tpu": 1}"#))
        #expect(unknown.message.hasPrefix("$.steps[2].uses.tpu: "))
        #expect(unknown.message.contains("unknown resource 'tpu'"))
        let tooMuch = try diagnostic(
            Self.valid.replacingOccurrences(
                of: #""uses": {"cpu": 2}"#, with: #""uses": {"cpu": 3}"#))
        #expect(tooMuch.message.hasPrefix("$.steps[1].uses.cpu: "))
        #expect(tooMuch.message.contains("exceeds its capacity 2"))
        #expect(tooMuch.location.line == 7)
    }

    @Test(
        "named units: declared resource, as many as used, valid and distinct names",
        arguments: [
            (#"{"cpu": ["x", "y"]}"#, "$.steps[1].units.cpu", "", ""),
            (#"{"tpu": ["x"]}"#, "$.steps[1].units.tpu", "unknown resource 'tpu'", ""),
            (#"{"cpu": ["x"]}"#, "$.steps[1].units.cpu", "names 1 units of 'cpu' but uses 2", ""),
            (#"{"cpu": ["x", "x"]}"#, "$.steps[1].units.cpu[1]", "unit 'x' is named twice", ""),
            (#"{"cpu": ["x", "a b"]}"#, "$.steps[1].units.cpu[1]", "invalid unit name", ""),
        ])
    func unitChecks(units: String, path: String, message: String, unused: String) throws {
        let text = Self.valid.replacingOccurrences(
            of: #""uses": {"cpu": 2}"#, with: #""uses": {"cpu": 2}, "units": \#(units)"#)
        guard !message.isEmpty else {
            let workflow = try decode(text)
            #expect(workflow.unitNames == ["cpu/x", "cpu/y"])
            #expect(workflow.unitsHeld == [[], [0, 1], []])
            return
        }
        let problem = try diagnostic(text)
        #expect(problem.message.hasPrefix(path + ": "))
        #expect(problem.message.contains(message), "\(problem)")
    }

    @Test(
        "ids, schema, fields and types are checked",
        arguments: [
            (#""id": "b""#, #""id": "a""#, "$.steps[1].id", "duplicate step id"),
            (#""id": "b""#, #""id": "b c""#, "$.steps[1].id", "invalid step id"),
            (
                #""werkvloei.workflow/v1""#, #""werkvloei.workflow/v9""#, "$.schema",
                "unsupported schema"
            ),
            (
                #""planned_start": 5"#, #""planed_start": 5"#, "$.steps[0].planed_start",
                "unknown field"
            ),
            (#"["echo", "b"]"#, #""echo b""#, "$.steps[1].command", "must be an array of strings"),
            (#"["echo", "b"]"#, "[]", "$.steps[1].command", "command is empty"),
            (#""after": ["a"]"#, #""after": ["b"]"#, "$.steps[1].after[0]", "waits for itself"),
            (#""planned_start": 5"#, #""timeout": -1"#, "$.steps[0].timeout", "positive"),
        ])
    func fieldChecks(original: String, replacement: String, path: String, message: String) throws {
        let text = Self.valid.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.valid)
        let problem = try diagnostic(text)
        #expect(problem.message.hasPrefix(path + ": "))
        #expect(problem.message.contains(message), "\(problem)")
    }

    @Test("a missing field is reported at the object that lacks it")
    func missingField() throws {
        let problem = try diagnostic(
            Self.valid.replacingOccurrences(
                of: #""id": "b", "command": ["echo", "b"], "#, with: #""id": "b", "#))
        #expect(problem.message.hasPrefix("$.steps[1]: "))
        #expect(problem.message == "$.steps[1]: missing field 'command'")
        #expect(problem.location.line == 7 && problem.location.column == 5)
    }

    @Test("a JSON syntax error is reported at the character")
    func syntaxError() throws {
        let problem = try diagnostic(
            "{\n  \"schema\": \"werkvloei.workflow/v1\",\n  \"name\" \"x\"\n}")
        #expect(problem.location.line == 3)
        #expect(problem.location.column == 10)
        #expect(problem.message.contains("invalid JSON"))
    }

    @Test(
        "a repeated field or a control character is reported where it is, not at 1:1",
        arguments: [
            (#""name": "demo","#, #""name": "demo", "name": "x","#, 3, 19, "'name' is given twice"),
            (#"{"id": "a", "#, #"{"id": "a", "id": "z", "#, 6, 17, "'id' is given twice"),
            (#""name": "demo","#, "\"name\": \"de\u{01}mo\",", 3, 14, "control character"),
        ])
    func misplacedErrors(
        original: String, replacement: String, line: Int, column: Int, message: String
    ) throws {
        let problem = try diagnostic(
            Self.valid.replacingOccurrences(of: original, with: replacement))
        #expect(problem.location == SourceLocation(line: line, column: column))
        #expect(problem.message.contains(message))
        #expect(problem.description.components(separatedBy: "error:").count == 2)
    }

    @Test("several problems are all reported")
    func severalProblems() throws {
        let text = Self.valid
            .replacingOccurrences(of: #""uses": {"gpu": 1}"#, with: #""uses": {"tpu": 1}"#)
            .replacingOccurrences(of: #""after": ["a"]"#, with: #""after": ["z"]"#)
        do {
            _ = try decode(text)
            Issue.record("expected the workflow to be rejected")
        } catch {
            #expect(error.diagnostics.count == 2)
        }
    }

    @Test("a document survives encoding and decoding unchanged")
    func roundTrip() throws {
        let workflow = try decode(Self.valid)
        let encoded = try JSONEncoder().encode(workflow.document)
        let again = try decode(String(decoding: encoded, as: UTF8.self))
        #expect(again.document == workflow.document)
    }
}
