import Foundation
public import SourceText

/// Reads a workflow file, checks it and numbers its steps and resources.
///
/// Checks: JSON syntax, the schema identifier, field types, unknown fields, step ids
/// (pattern, uniqueness), commands, references in `after`, resources in `uses` and their
/// demands against capacities, numeric ranges, and cycles (Kahn 1962, O(steps + edges)).
/// Every problem is a ``Diagnostic`` at its line and column whose message starts with the
/// JSON path of the offending value (`$.steps[2].after[1]: unknown step 'x'`).
public enum WorkflowLoader {
    /// Reads and checks the workflow file at `path`.
    public static func load(path: String) throws(DiagnosticList) -> ExecutableWorkflow {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            let message =
                FileManager.default.fileExists(atPath: url.path)
                ? "cannot read the file" : "no such file"
            throw DiagnosticList([Diagnostic(file: path, location: .unknown, message: message)])
        }
        let bytes = Array(data)
        return try decode(bytes: bytes, source: WorkflowSource(filePath: path, bytes: bytes))
    }

    /// Checks the workflow document in `bytes`, read from `source`.
    public static func decode(bytes: [UInt8], source: WorkflowSource) throws(DiagnosticList)
        -> ExecutableWorkflow
    {
        let root: JSONValue
        do {
            root = try JSONReader.parse(bytes: bytes, file: source.displayPath)
        } catch {
            var invalid = error
            invalid.message = "\(JSONPath.root): invalid JSON: \(error.message)"
            throw DiagnosticList([invalid])
        }
        func diagnostic(_ path: JSONPath, _ message: String) -> Diagnostic {
            let value = root.deepestValue(along: path)
            return Diagnostic(
                file: source.displayPath, line: value.line, column: value.column,
                message: "\(path): \(message)")
        }
        let document: WorkflowDocument
        do {
            document = try JSONDecoder().decode(WorkflowDocument.self, from: Data(bytes))
        } catch let error as DecodingError {
            let (path, message) = describe(error)
            throw DiagnosticList([diagnostic(path, message)])
        } catch {
            throw DiagnosticList([diagnostic(.root, "\(error)")])
        }
        var checker = WorkflowChecker(document: document)
        checker.check()
        if !checker.problems.isEmpty {
            throw DiagnosticList(checker.problems.map { diagnostic($0.0, $0.1) })
        }
        return checker.build(source: source)
    }

    /// The JSON path and a message for a decoding error.
    private static func describe(_ error: DecodingError) -> (JSONPath, String) {
        func path(_ keys: [any CodingKey]) -> JSONPath {
            JSONPath(
                components: keys.map { key in
                    key.intValue.map { .index($0) } ?? .key(key.stringValue)
                })
        }
        switch error {
        case .typeMismatch(_, let context) where context.codingPath.last?.stringValue == "command":
            return (
                path(context.codingPath),
                "'command' must be an array of strings, the program and its arguments, "
                    + "such as [\"make\", \"all\"]"
            )
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(typeDescription(type))")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "expected \(typeDescription(type)), found null")
        case .keyNotFound(let key, let context):
            return (path(context.codingPath), "missing field '\(key.stringValue)'")
        case .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return (.root, "\(error)")
        }
    }

    private static func typeDescription(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is [String].Type: "an array of strings"
        case is [WorkflowStep].Type: "an array of steps"
        case is [String: Int].Type: "an object of integers"
        case is [String: String].Type: "an object of strings"
        case is [Any].Type: "an array"
        case is [String: Any].Type: "an object"
        default: "a value of another type"
        }
    }
}
