import Foundation

/// Checks documents against a published JSON Schema (Draft 2020-12) with Python's
/// `jsonschema`, the reference implementation, independent of the loaders under test.
public enum JSONSchemaCheck {
    /// What the schema says about the documents.
    public enum Verdict: Equatable, Sendable {
        /// Every document matches the schema.
        case accepted
        /// At least one document does not; the report lists each violation.
        case rejected(report: String)
    }

    /// The checker did not give a verdict: Python or one of its modules is missing, or the
    /// script failed or was killed. Never taken for a rejection.
    public struct ToolFailure: Error, CustomStringConvertible {
        /// The exit status, or the signal that ended the process.
        public var status: Int32
        /// What the process printed.
        public var output: String
        public var description: String {
            "the JSON Schema check exited \(status) without a verdict (run `make test-deps`):\n"
                + output
        }
    }

    /// The exit status the script reserves for "the schema rejected a document"; Python
    /// itself exits 1 on an uncaught exception (a missing module) and `env` 127 when there
    /// is no `python3`.
    private static let rejectedStatus: Int32 = 3

    /// Reads each document (a repeated JSON key is a rejection) and checks it against the
    /// schema, when one is given.
    private static let script = """
        import json, sys, jsonschema, yaml
        def strict(pairs):
            keys = [key for key, _ in pairs]
            repeated = sorted({key for key in keys if keys.count(key) > 1})
            if repeated:
                raise ValueError("repeated key " + ", ".join(repeated))
            return dict(pairs)
        schema = json.load(open(sys.argv[1])) if sys.argv[1] else {}
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        rejected = False
        for path in sys.argv[2:]:
            with open(path) as handle:
                try:
                    document = (json.load(handle, object_pairs_hook=strict)
                                if path.endswith(".json") else yaml.safe_load(handle))
                except ValueError as error:
                    print(path, error)
                    rejected = True
                    continue
            for error in validator.iter_errors(document):
                print(path, error.json_path, error.message)
                rejected = True
        sys.exit(\(rejectedStatus) if rejected else 0)
        """

    /// Validates `files` (`.json` read as JSON, anything else as YAML) against the schema at
    /// `schemaPath`, or only reads them when `schemaPath` is nil.
    public static func validate(_ files: [String], schemaPath: String?) throws -> Verdict {
        let process = TestTools.process("python3", ["-c", script, schemaPath ?? ""] + files)
        let output = try ProcessOutput.run(process)
        switch (output.exited, output.status) {
        case (true, 0): return .accepted
        case (true, rejectedStatus): return .rejected(report: output.text)
        default: throw ToolFailure(status: output.status, output: output.text)
        }
    }
}
