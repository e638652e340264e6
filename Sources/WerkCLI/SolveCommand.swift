import ArgumentParser
import Foundation
import GLPK
import PartialOrderPlanning
import Pipeline
import Scheduling
import Search
import SourceText
import Workflow
import WorkflowExecution

/// `werk solve`: from a scenario's goals and resources to a scheduled, executable workflow.
struct SolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Plan, deorder, schedule and (with --run) execute a scenario.",
        discussion: """
            Reads SCENARIO (YAML: a PDDL domain and problem, resources, and per action its \
            duration, resource use and command), finds a plan, deorders it into a partial-order \
            plan, schedules that on the resources and writes plan.txt, pop.json, pop.dot, \
            schedule.json, workflow.json and gantt.svg into --output. --time-limit covers \
            planning and scheduling together (default: the scenario's limits.time, else 60 s). \
            With --run, runs the \
            workflow with the local executor (its journal and logs go to OUT/.werk). SIGINT or \
            SIGTERM stops planning and scheduling and keeps the best schedule so far. Exit \
            status: 0 solved (and run), 1 no plan exists, 2 bad input, 3 time limit reached \
            before a plan, 4 the run had failed steps.
            """)

    @Argument(
        help: "The scenario file (YAML).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var scenario: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The folder for the outputs (default: out/<scenario folder name>).",
            valueName: "folder"),
        completion: .directory)
    var output: String?

    /// The former name of `--output`, still accepted.
    @Option(name: .customLong("out"), help: .hidden)
    var out: String?

    @OptionGroup var timeLimit: TimeLimitOption

    @Flag(help: "Run the workflow once it is written.")
    var run = false

    @OptionGroup var jobs: JobsOption

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if output != nil, out != nil {
            throw ValidationError("--out is the former name of --output: give one of them")
        }
    }

    func run() async throws {
        try InputFile.rejectFolders([scenario])
        try rejectPDDL()
        let loaded = try ScenarioLoader.load(contentsOf: scenario)
        let solution: ScenarioSolution
        Interruption.install()
        var solver = ScenarioSolver(
            scenario: loaded, timeLimit: timeLimit.seconds, milpSolver: GLPKSolver(),
            stopRequested: { Interruption.isRequested })
        let line = progress.line(command: "solve", limit: solver.timeLimit)
        defer { line.finish() }
        solver.progress = { report in
            let best =
                report.makespan.map { "makespan \(Self.number($0))" }
                ?? report.planCost.map { "plan cost \($0)" }
            line.update(
                phase: report.phase, best: best,
                bound: report.bound.map { "bound \(Self.number($0))" })
        }
        do {
            solution = try await solver.solve()
            line.finish()
        } catch let failure as ScenarioSolver.Failure {
            line.finish()
            if case .limitReached(.time) = failure, Interruption.isRequested {
                printToStandardError("werk: interrupted before a plan was found")
            } else {
                printToStandardError("werk: \(failure)")
            }
            switch failure {
            case .unsolvable, .noPlanFound: throw ExitStatus.proven.exitCode
            case .limitReached: throw ExitStatus.limitReached.exitCode
            case .internalError: throw ExitStatus.internalError.exitCode
            }
        }
        let folder = output ?? out ?? defaultOutputFolder()
        let written = try OutputFile.writeFolder(
            folder, files: try solution.files().map { ($0.name, $0.contents) })
        print(summary(solution, files: written))
        guard run else { return }
        guard !Interruption.isRequested else {
            printToStandardError("werk: interrupted, so the workflow was not run")
            return
        }
        Interruption.uninstall()
        try execute(
            WorkflowLoader.workflow(
                solution.workflow, writtenAs: Array(solution.workflowJSON()),
                to: "\(folder)/workflow.json"))
    }

    /// A PDDL file named as the scenario (its first line that is not blank or a comment
    /// opens a parenthesis) is sent to `werk plan` instead of failing as YAML.
    private func rejectPDDL() throws {
        guard let data = FileManager.default.contents(atPath: scenario) else { return }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        let first = lines.lazy.map { $0.drop(while: \.isWhitespace) }
            .first { !$0.isEmpty && !$0.hasPrefix(";") && !$0.hasPrefix("#") }
        guard let first, first.hasPrefix("(") else { return }
        throw Diagnostic(
            file: scenario, line: 1, column: 1,
            message: "expected a scenario YAML file; PDDL domains and problems go to "
                + "`werk plan DOMAIN PROBLEM` (see docs/solve.md for the scenario format)")
    }

    private func defaultOutputFolder() -> String {
        let directory = URL(fileURLWithPath: scenario).deletingLastPathComponent()
        return "out/\(directory.lastPathComponent)"
    }

    private func summary(_ solution: ScenarioSolution, files: [String]) -> String {
        let bound = solution.bound.map { Self.number($0) } ?? "unknown"
        let speedup = solution.makespan > 0 ? solution.sequentialDuration / solution.makespan : 1
        return """
            scenario:   \(scenario)
            steps:      \(solution.steps.count) (\(solution.partialOrder.orderings.count) orderings)
            makespan:   \(Self.number(solution.makespan)) (\(solution.result.status.rawValue) for this plan's partial order; proven bound \(bound))
            sequential: \(Self.number(solution.sequentialDuration)) (\(String(format: "%.2f", speedup))× longer)
            files:
            \(files.map { "  " + $0 }.joined(separator: "\n"))
            """
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.3f", value)
    }

    /// Runs `workflow` (the `workflow.json` just written) with the local executor.
    private func execute(_ workflow: ExecutableWorkflow) throws {
        var options = ExecutorOptions(
            stateDirectory: WorkflowExecutor.defaultStateDirectory(for: workflow),
            jobs: jobs.count)
        options.handlesSignals = true
        options.adoptsOrphans = true
        options.progress = progress.quiet ? .quiet : .automatic
        let outcome = try WorkflowExecutor(workflow: workflow, options: options).run()
        printToStandardError(
            "werk: run \(outcome.runID) \(outcome.state.rawValue): \(outcome.succeeded) succeeded, \(outcome.failed.count) failed, \(outcome.notRun) not run; logs in \(options.stateDirectory)"
        )
        if let signal = outcome.interruptingSignal { throw ExitCode(128 + signal) }
        if outcome.state != .succeeded { throw ExitStatus.failedSteps.exitCode }
    }
}
