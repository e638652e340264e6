public import SourceText

extension WorkflowLoader {
    /// The workflow `document`, which was just written as `bytes` to the file at `path`:
    /// what ``load(path:)`` would read from that file (the same source and fingerprint, so
    /// a later `werk run` of the file resumes its runs), checked without reading it back.
    /// Problems are reported as ``decode(bytes:source:)`` reports them, with their
    /// positions in `bytes`.
    public static func workflow(
        _ document: WorkflowDocument, writtenAs bytes: [UInt8], to path: String
    ) throws(DiagnosticList) -> ExecutableWorkflow {
        let source = WorkflowSource(filePath: path, bytes: bytes)
        var checker = WorkflowChecker(document: document)
        checker.check()
        guard checker.problems.isEmpty else { return try decode(bytes: bytes, source: source) }
        return checker.build(source: source)
    }
}
