import Foundation
public import Optimization
import SourceText

/// A model file (CPLEX LP, fixed or free MPS, or GNU MathProg with data files) read, solved
/// and written through GLPK.
///
/// Every operation runs on its own ``GLPKThread``. Bad files never reach GLPK's fatal-error
/// path (its readers report errors instead of aborting); their reports become
/// ``GLPKError/malformedFile(_:)`` with GLPK's line number.
public struct ModelFile: Sendable {
    /// The model file's path.
    public let path: String
    /// The model file's format (given or detected).
    public let format: ModelFileFormat
    /// MathProg data files, read in order after the model.
    public let dataFiles: [String]
    /// Whether the format was detected rather than given: a detected fixed-MPS file that
    /// fails to read is retried as free MPS.
    public let formatWasDetected: Bool

    /// Describes a model file; `format` `nil` detects it from the extension, then the content.
    public init(path: String, format: ModelFileFormat? = nil, dataFiles: [String] = [])
        throws(GLPKError)
    {
        for file in [path] + dataFiles { try Self.checkReadable(file) }
        self.path = path
        self.dataFiles = dataFiles
        if let format {
            self.format = format
            formatWasDetected = false
        } else {
            self.format = try Self.detectFormat(of: path)
            formatWasDetected = true
        }
        guard dataFiles.isEmpty || self.format == .mathProg else {
            throw .unexpectedDataFiles(format: self.format)
        }
    }

    /// Reads the file into a solver-independent model.
    public func read(log: (@Sendable (String) -> Void)? = nil) async throws -> LinearModel {
        try await GLPKThread.run(log: log) { session in
            let problem = Problem()
            _ = try load(into: problem, session: session, displayOutput: nil)
            return try problem.linearModel()
        }
    }

    /// Reads the file, writes the requested copies (before solving, as glpsol does), solves
    /// it and, for MathProg, runs the model's statements after `solve`.
    public func solve(options: SolveOptions, writing copies: [ModelFileCopy] = []) async throws
        -> ModelFileSolution
    {
        try Problem.check(options)
        let outputFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-mathprog-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        let (model, solution) = try await GLPKThread.run(log: options.log) { session in
            let problem = Problem()
            let translator = try load(
                into: problem, session: session, displayOutput: outputFile)
            // glpsol sorts the matrix after reading; the simplex then pivots the same way.
            problem.sortMatrix()
            for copy in copies { try problem.write(to: copy.path, format: copy.format) }
            let model = try problem.linearModel()
            guard model.variableCount > 0 || format == .mathProg else { throw GLPKError.emptyModel }
            let tolerance = GLPKSolver().feasibilityTolerance
            let prepare = { (values: [Double]) throws(GLPKError) in
                try GLPKSolver.prepare(values, for: model, tolerance: tolerance)
            }
            let solution = try problem.solve(
                options: options, session: session, warmStart: try options.warmStart.map(prepare),
                prepareOffer: prepare)
            if let translator {
                session.terminal.clearRecentLines()
                guard translator.postsolve(problem, mixedInteger: problem.integerColumnCount > 0)
                else { throw diagnose(session, as: .evaluation) }
            }
            return (model, solution)
        }
        let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        return ModelFileSolution(model: model, solution: solution, output: output)
    }

    /// Writes `model` to `path` in `format` (LP or MPS; MathProg is read-only). The file is
    /// written under a temporary name and renamed, so it is complete or absent. Names must
    /// be unique. What GLPK's writers cannot express is lost: the objective constant (both
    /// formats), the objective sense in MPS (read back as minimisation), and LP range rows
    /// become equalities with a bounded slack column.
    public static func write(_ model: LinearModel, to path: String, format: ModelFileFormat)
        async throws
    {
        try await GLPKThread.run(log: nil) { _ in
            let problem = Problem()
            try problem.load(model, uniqueNames: true)
            try problem.write(to: path, format: format)
        }
    }

    // MARK: - Reading on the GLPK thread

    private enum Stage { case reading, evaluation }

    /// Reads the file into `problem`; for MathProg returns the translator, which the
    /// post-solve step needs.
    private func load(into problem: Problem, session: GLPKSession, displayOutput: String?)
        throws(GLPKError) -> MathProgTranslator?
    {
        // GLPK's readers reject a byte order mark: they read copies without it.
        let sources = ([path] + dataFiles).map(ReadableCopy.init)
        defer { withExtendedLifetime(sources) {} }
        let readPaths = sources.map(\.readPath)
        let path = readPaths[0]
        let dataFiles = Array(readPaths.dropFirst())
        func diagnose(_ session: GLPKSession, as stage: Stage) -> GLPKError {
            self.diagnose(session, as: stage, readPaths: readPaths)
        }
        session.terminal.clearRecentLines()
        let translator: MathProgTranslator?
        switch format {
        case .lp, .freeMPS:
            guard problem.read(path, format: format) else { throw diagnose(session, as: .reading) }
            translator = nil
        case .mps:
            translator = nil
            if !problem.read(path, format: .mps) {
                let fixedError = diagnose(session, as: .reading)
                guard formatWasDetected else { throw fixedError }
                // Not fixed MPS, perhaps free MPS: report the reading that got further.
                session.terminal.clearRecentLines()
                if !problem.read(path, format: .freeMPS) {
                    let freeError = diagnose(session, as: .reading)
                    let lines = [freeError, fixedError].map { $0.diagnostic?.location.line ?? 0 }
                    throw lines[0] > lines[1] ? freeError : fixedError
                }
            }
        case .mathProg:
            let mathProg = MathProgTranslator()
            guard mathProg.readModel(path, skipDataSection: !dataFiles.isEmpty) else {
                throw diagnose(session, as: .reading)
            }
            for file in dataFiles where !mathProg.readData(file) {
                throw diagnose(session, as: .reading)
            }
            let output = displayOutput ?? "/dev/null"
            guard mathProg.generate(outputPath: output) else {
                throw diagnose(session, as: .evaluation)
            }
            mathProg.build(into: problem)
            translator = mathProg
        }
        if format == .mps || format == .freeMPS { try Self.checkNothingAfterEndOfData(self.path) }
        try problem.checkMagnitudes(readFrom: self.path)
        return translator
    }

    /// What GLPK reported, about the files it read from `readPaths` (the model's own files
    /// by default, else their ``ReadableCopy``s), located in the model's files.
    private func diagnose(_ session: GLPKSession, as stage: Stage, readPaths: [String]? = nil)
        -> GLPKError
    {
        let originals = [path] + dataFiles
        let readPaths = readPaths ?? originals
        var diagnostic = Diagnostic(
            glpkOutput: session.terminal.recentLines, paths: readPaths,
            fallbackPath: readPaths[0])
        if let index = readPaths.firstIndex(of: diagnostic.file) {
            diagnostic.file = originals[index]
        }
        switch stage {
        case .reading:
            return .malformedFile(diagnostic)
        case .evaluation:
            // The context of a failing statement is not where it is: point at its line.
            if diagnostic.location != .unknown { diagnostic.location.column = 1 }
            return .modelEvaluationFailed(diagnostic)
        }
    }

    // MARK: - Checks before GLPK

    /// Throws when an MPS file goes on after its `ENDATA` line, where GLPK stops reading
    /// (a file pasted twice would otherwise be read as its first copy). O(file size).
    private static func checkNothingAfterEndOfData(_ path: String) throws(GLPKError) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        let lineEnds: Set<Character> = ["\n", "\r\n", "\r"]
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: lineEnds.contains)
        guard let end = lines.firstIndex(where: { $0.hasPrefix("ENDATA") }) else { return }
        for index in lines.indices.dropFirst(end + 1) {
            let line = lines[index]
            guard let first = line.firstIndex(where: { !$0.isWhitespace }), line[first] != "*"
            else { continue }
            throw .malformedFile(
                Diagnostic(
                    file: path, line: index + 1,
                    column: line.distance(from: line.startIndex, to: first) + 1,
                    message: "unexpected content after ENDATA, which ends an MPS file"))
        }
    }

    private static func checkReadable(_ path: String) throws(GLPKError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missingFile(path: path)
        }
        guard !isDirectory.boolValue, FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadableFile(path: path)
        }
    }

    private static func detectFormat(of path: String) throws(GLPKError) -> ModelFileFormat {
        if let format = ModelFileFormat(extensionOf: path) { return format }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadableFile(path: path)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        guard let format = ModelFileFormat(content: Substring(decoding: head, as: UTF8.self))
        else { throw .unknownFormat(path: path) }
        return format
    }
}
