public import Foundation

/// Checks JSON and YAML documents with Python's `jsonschema` (Draft 2020-12), the validator
/// the published schemas are written for.
public enum JSONSchemaValidator {
    /// What a check found.
    public struct Outcome: Sendable {
        /// 0 when every document parsed and matched the schema, else 1.
        public var status: Int32
        /// One line per problem: the document's path, the JSON path, the message.
        public var report: String
    }

    /// Reads `documents` (YAML when the name ends in `.yaml` or `.yml`, else JSON, where a
    /// repeated key is an error) and checks each against `schema` (a path, after the schema
    /// itself has been checked), or only parses them when `schema` is nil.
    public static func validate(_ documents: [String], against schema: String?) throws -> Outcome {
        let script = """
            import json, sys, jsonschema
            def strict(pairs):
                keys = [key for key, _ in pairs]
                repeated = sorted({key for key in keys if keys.count(key) > 1})
                if repeated:
                    raise ValueError("repeated key " + ", ".join(repeated))
                return dict(pairs)
            def load(path):
                if path.endswith((".yaml", ".yml")):
                    import yaml
                    return yaml.safe_load(open(path))
                return json.load(open(path), object_pairs_hook=strict)
            schema = json.load(open(sys.argv[1])) if sys.argv[1] else {}
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            bad = 0
            for path in sys.argv[2:]:
                try:
                    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(load(path))]
                except ValueError as error:
                    errors = [str(error)]
                for error in errors:
                    print(path, error)
                bad += bool(errors)
            sys.exit(1 if bad else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema ?? ""] + documents
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let report = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, report: String(decoding: report, as: UTF8.self))
    }
}
