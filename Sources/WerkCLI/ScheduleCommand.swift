import ArgumentParser
import Foundation
import GLPK
import Scheduling
import SourceText

/// `werk schedule`: solves a scheduling instance file and writes the validated schedule.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract:
            "Solve a scheduling instance (PSPLIB, Patterson, job shop, flexible job shop, YAML/JSON).",
        discussion: """
            Without --time-limit the search stops after \(Int(defaultTimeLimit)) seconds. \
            SIGINT or SIGTERM stops the search and keeps the best schedule so far. \
            Exit status: 0 a schedule was found (optimal or not), 1 proven infeasible, \
            2 bad input, 3 time limit reached before any schedule.
            """)

    @Argument(help: "The instance file (- for standard input).", completion: .file())
    var instance: String

    @Option(
        help: "Input format: \(InstanceFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = "auto"

    @OptionGroup var timeLimit: TimeLimitOption

    @Option(help: "Stop when (objective − bound) / objective is at most this.")
    var gap: Double = 0

    @Option(help: "Concurrent searches sharing one incumbent (2 or more: a portfolio).")
    var threads: Int = 1

    @OptionGroup var output: OutputFileOption

    @Option(
        help: ArgumentHelp("Write the schedule as CSV here.", valueName: "file"),
        completion: .file(extensions: ["csv"]))
    var csv: String?

    @Option(
        help: ArgumentHelp("Write a Gantt chart (SVG) here.", valueName: "file"),
        completion: .file(extensions: ["svg"]))
    var gantt: String?

    @Option(
        name: .customLong("write-lp"),
        help: ArgumentHelp(
            "Write the time-indexed MILP (CPLEX LP format; horizon = the schedule's makespan) here.",
            valueName: "file"),
        completion: .file(extensions: ["lp"]))
    var writeLP: String?

    @OptionGroup var progress: ProgressOptions

    @OptionGroup var jsonOutput: JSONOption

    func validate() throws {
        guard InstanceFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'")
        }
        guard gap >= 0, gap.isFinite else { throw ValidationError("--gap must be at least 0") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() async throws {
        try InputFile.rejectFolders([instance])
        guard
            instance == OutputFile.standardStream
                || FileManager.default.fileExists(atPath: instance)
        else {
            throw Diagnostic(file: instance, location: .unknown, message: "no such file")
        }
        guard let data = InputFile.contents(instance),
            let contents = String(data: data, encoding: .utf8)
        else {
            throw Diagnostic(
                file: instance, location: .unknown, message: "cannot read the file as UTF-8 text")
        }
        var chosenFormat = InstanceFormat(rawValue: format) ?? .auto
        if chosenFormat == .auto {
            chosenFormat = InstanceFormat.detect(file: instance, contents: contents)
        }
        if chosenFormat == .fjs {
            try await solveFlexibleJobShop(
                FlexibleJobShop.read(file: instance, contents: contents))
            return
        }
        let problem = try chosenFormat.parse(file: instance, contents: contents)
        Interruption.install()
        let line = progress.line(command: "schedule", limit: effectiveTimeLimit)
        defer { line.finish() }
        var options = ScheduleSolverOptions(
            timeLimit: effectiveTimeLimit, relativeGap: gap, threads: threads,
            milpSolver: GLPKSolver(),
            stopRequested: { Interruption.isRequested })
        let objective = problem.objective.rawValue
        options.progress = { report in
            line.update(
                phase: report.phase, best: report.objective.map { "\(objective) \($0)" },
                bound: report.bound.map { "bound \($0)" })
        }
        let result = await ScheduleSolver().solve(problem, options: options)
        line.finish()
        if let schedule = result.schedule {
            var violations = ScheduleValidator.violations(of: schedule, in: problem)
            if let allocation = result.allocation {
                violations += AllocationValidator.violations(
                    of: allocation, schedule: schedule, in: problem)
            } else if problem.resources.contains(where: { !$0.units.isEmpty }) {
                violations.append("the named units could not be allocated")
            }
            guard violations.isEmpty else {
                throw InternalError.scheduleFailedValidation(violations)
            }
        }
        let report = ScheduleReport(problem: problem, result: result)
        try publish(report)
        if let schedule = result.schedule {
            if let csv {
                try OutputFile.write(
                    ScheduleCSV.text(
                        problem: problem, schedule: schedule, allocation: result.allocation),
                    to: csv)
            }
            if let gantt {
                try OutputFile.write(
                    GanttChart(problem: problem, schedule: schedule, allocation: result.allocation)
                        .svg(), to: gantt)
            }
        }
        if let writeLP {
            let horizon =
                problem.objective == .makespan
                ? result.schedule.map { $0.makespan(in: problem) } : nil
            try await writeTimeIndexedModel(problem, horizon: horizon, to: writeLP)
        }
        try end(with: result.status)
    }

    /// The time limit in seconds: `--time-limit`, else ``defaultTimeLimit``.
    var effectiveTimeLimit: Double { timeLimit.seconds ?? Self.defaultTimeLimit }

    /// The time limit without `--time-limit`, in seconds.
    static let defaultTimeLimit: Double = 10

    /// Writes `report` as JSON to `--output`, and to standard output either the JSON
    /// (`--json`) or its summary line.
    func publish(_ report: ScheduleReport) throws {
        let json = String(decoding: try report.jsonData(), as: UTF8.self) + "\n"
        if let path = output.path { try OutputFile.write(json, to: path) }
        if jsonOutput.json {
            print(json, terminator: "")
            return
        }
        let makespan = report.makespan.map(String.init) ?? "-"
        let bound = report.bound.map(String.init) ?? "-"
        let objective =
            report.objectiveKind == .makespan
            ? "" : " \(report.objectiveKind.rawValue) \(report.objective.map(String.init) ?? "-"),"
        print(
            "\(report.instance): \(report.status.rawValue),\(objective) makespan \(makespan), bound \(bound), \(report.seconds) s"
        )
    }

    /// Returns for a schedule found; exits 1 for proven infeasibility, 3 for none in time.
    func end(with status: ScheduleStatus) throws {
        switch status {
        case .optimal, .feasible: return
        case .infeasible: throw ExitStatus.proven.exitCode
        case .unknown: throw ExitStatus.limitReached.exitCode
        }
    }

    /// Writes the time-indexed MILP of `problem` over `horizon` to `path` (CPLEX LP format).
    func writeTimeIndexedModel(_ problem: SchedulingProblem, horizon: Int?, to path: String)
        async throws
    {
        let formulation = TimeIndexedFormulation(problem: problem, horizon: horizon)
        // One variable per activity, mode and start time: refuse what cannot be written.
        let limit = 10_000_000
        guard formulation.startVariableCount <= limit else {
            throw Diagnostic(
                file: instance, location: .unknown,
                message: "--write-lp: the time-indexed model would have "
                    + "\(formulation.startVariableCount) variables (at most \(limit))")
        }
        let model = try formulation.model()
        let temporary = OutputFile.temporaryPath(for: path)
        try await ModelFile.write(model, to: temporary, format: .lp)
        try OutputFile.moveTemporaryFile(temporary, to: path)
    }
}
