import ArgumentParser
import Foundation
import GLPK
import Optimization
import SourceText

/// `werk lp`: solves an LP/MIP model file with GLPK and reports the result.
struct LPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lp",
        abstract: "Solve a linear or mixed-integer model file (CPLEX LP, MPS, GNU MathProg).",
        discussion: """
            Prints the status, the objective, the best bound and the nonzero variables. \
            SIGINT or SIGTERM stops branch-and-cut and keeps the best solution so far. \
            Exit status: 0 a solution was found, 1 the model is infeasible or unbounded, \
            2 bad input, 3 a limit was reached before any solution.
            """)

    @Argument(
        help: "The model file.", completion: .file(extensions: ["lp", "mps", "freemps", "mod"]))
    var model: String

    @Option(
        name: .customLong("data"),
        help: ArgumentHelp("A MathProg data file (repeatable, read in order).", valueName: "file"),
        completion: .file(extensions: ["dat"]))
    var dataFiles: [String] = []

    @Option(help: ArgumentHelp("The model format; mps is fixed MPS.", valueName: "format"))
    var format: FormatChoice = .auto

    @OptionGroup var timeLimit: TimeLimitOption

    @OptionGroup var memoryLimit: MemoryLimitOption

    @Option(
        help: ArgumentHelp(
            "Stop a MIP search at this relative gap between incumbent and bound.",
            valueName: "gap"))
    var gap: Double = 0

    @Option(help: ArgumentHelp("The LP algorithm.", valueName: "method"))
    var method: MethodChoice = .primal

    @Flag(help: "Use GLPK's cut generators (Gomory, MIR, cover, clique) in branch-and-cut.")
    var cuts = false

    @Flag(help: "Run the feasibility pump heuristic in branch-and-cut.")
    var fpump = false

    @Flag(help: "Run proximity search to improve incumbents in branch-and-cut.")
    var proxy = false

    @Flag(name: .customLong("no-presolve"), help: "Do not use GLPK's presolver.")
    var noPresolve = false

    @OptionGroup var output: OutputFileOption

    @Option(
        name: .customLong("write-lp"),
        help: ArgumentHelp("Write the model in CPLEX LP format.", valueName: "file"),
        completion: .file(extensions: ["lp"]))
    var writeLP: String?

    @Option(
        name: .customLong("write-mps"),
        help: ArgumentHelp("Write the model in fixed MPS format.", valueName: "file"),
        completion: .file(extensions: ["mps"]))
    var writeMPS: String?

    @Option(
        name: .customLong("write-freemps"),
        help: ArgumentHelp("Write the model in free MPS format.", valueName: "file"),
        completion: .file(extensions: ["freemps"]))
    var writeFreeMPS: String?

    @Option(help: ArgumentHelp("Show at most this many nonzero variables.", valueName: "count"))
    var show: Int = 40

    @Flag(help: "Print GLPK's own log on standard error.")
    var verbose = false

    @OptionGroup var progress: ProgressOptions

    @OptionGroup var jsonOutput: JSONOption

    /// The `--format` values.
    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, lp, mps, freemps, mathprog

        var format: ModelFileFormat? {
            switch self {
            case .auto: nil
            case .lp: .lp
            case .mps: .mps
            case .freemps: .freeMPS
            case .mathprog: .mathProg
            }
        }
    }

    /// The `--method` values.
    enum MethodChoice: String, ExpressibleByArgument, CaseIterable {
        case primal, dual, interior

        var method: SolveOptions.LPMethod {
            switch self {
            case .primal: .primalSimplex
            case .dual: .dualSimplex
            case .interior: .interiorPoint
            }
        }
    }

    /// A progress figure: six significant digits, round-off next to zero shown as 0.
    private static func brief(_ value: Double) -> String {
        String(format: "%.6g", abs(value) < LPReport.zeroTolerance ? 0 : value)
    }

    func validate() throws {
        guard gap >= 0, gap.isFinite else { throw ValidationError("--gap must be 0 or more") }
        guard show >= 0 else { throw ValidationError("--show must be 0 or more") }
    }

    func run() async throws {
        try InputFile.rejectFolders([model] + dataFiles)
        let file: ModelFile
        do {
            file = try ModelFile(path: model, format: format.format, dataFiles: dataFiles)
        } catch {
            throw error.diagnostic(about: model)
        }
        var options = SolveOptions.glpsolDefaults
        options.timeLimit = timeLimit.seconds
        options.memoryLimit = memoryLimit.bytes
        options.relativeGap = gap
        options.lpMethod = method.method
        options.presolve = !noPresolve
        if cuts { options.cuts = .all }
        options.feasibilityPump = fpump
        options.proximitySearch = proxy
        if verbose { options.log = { printToStandardError($0) } }
        // GLPK's own log, when asked for, already tells how the search goes.
        let line = progress.line(command: "lp", limit: timeLimit.seconds)
        defer { line.finish() }
        if verbose { line.finish() }
        line.update(phase: "solving")
        options.observer = { report in
            line.update(
                phase: "branch-and-cut",
                best: report.incumbent.map { "objective " + Self.brief($0) },
                bound: report.bound.map { "bound " + Self.brief($0) })
        }
        // GLPK writes the copies to temporary files, moved where they are asked for after.
        let copies = [
            writeLP.map { ModelFileCopy(path: $0, format: .lp) },
            writeMPS.map { ModelFileCopy(path: $0, format: .mps) },
            writeFreeMPS.map { ModelFileCopy(path: $0, format: .freeMPS) },
        ].compactMap { $0 }
        let temporaries = copies.map { OutputFile.temporaryPath(for: $0.path) }
        defer { for temporary in temporaries { unlink(temporary) } }
        // Cancelling the solve stops branch-and-cut as its time limit would (a simplex run
        // finishes first); the result is the best found so far.
        let writing = zip(copies, temporaries).map { ModelFileCopy(path: $1, format: $0.format) }
        let solving = Task { try await file.solve(options: options, writing: writing) }
        Interruption.install { solving.cancel() }
        let result: ModelFileSolution
        do {
            result = try await solving.value
        } catch let error as GLPKError {
            throw error.diagnostic(about: model)
        }
        line.finish()
        for (copy, temporary) in zip(copies, temporaries) {
            try OutputFile.moveTemporaryFile(temporary, to: copy.path)
        }

        let report = LPReport(result: result, maximumRows: show)
        if jsonOutput.json {
            // The model's own display output goes to standard error, beside the JSON.
            if !result.output.isEmpty { FileHandle.standardError.write(Data(result.output.utf8)) }
            print(String(decoding: try report.jsonData(), as: UTF8.self))
        } else {
            if !result.output.isEmpty { print(result.output, terminator: "") }
            print(report.text, terminator: "")
        }
        if let path = output.path { try OutputFile.write(try report.jsonData(), to: path) }
        switch result.solution.status {
        case .optimal, .feasible: return
        case .infeasible, .unbounded: throw ExitStatus.proven.exitCode
        case .unknown: throw ExitStatus.limitReached.exitCode
        }
    }
}
