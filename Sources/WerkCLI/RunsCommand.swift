import ArgumentParser
import Foundation
import SourceText
import WorkflowExecution

/// `werk runs`: lists the runs in a state directory, or shows one run's steps.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the runs of a workflow (or in a state directory), or show one.",
        subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    /// The workflow and `--state` both subcommands share: which journal to read.
    struct StateOptions: ParsableArguments {
        @Argument(
            help: """
                The workflow file whose runs to show: its journal is in .werk next to it, \
                where `werk run` keeps it.
                """,
            completion: .file(extensions: ["json"]))
        var workflow: String?

        @Option(
            help: ArgumentHelp(
                """
                The state directory (default: .werk next to WORKFLOW, or without WORKFLOW, \
                .werk in the current directory).
                """, valueName: "folder"),
            completion: .directory)
        var state: String?

        /// The state directory to read: `--state`, else the workflow's, else `.werk`.
        var directory: String {
            state ?? workflow.map(WorkflowExecutor.defaultStateDirectory(forWorkflowAt:))
                ?? ".werk"
        }

        func openJournal() throws -> Journal {
            if let workflow, !FileManager.default.fileExists(atPath: workflow) {
                throw Diagnostic(
                    file: workflow, location: .unknown, message: "no such workflow file")
            }
            let path = WorkflowExecutor.journalPath(inStateDirectory: directory)
            guard FileManager.default.fileExists(atPath: path) else {
                throw Diagnostic(file: path, location: .unknown, message: missingJournal())
            }
            return try Journal(path: path)
        }

        /// Why there is no journal where one was looked for.
        private func missingJournal() -> String {
            if state != nil {
                return "no journal here; is --state the folder `werk run` used?"
            }
            if let workflow {
                return "no journal: \(workflow) has not been run yet (werk run \(workflow))"
            }
            return """
                no journal in the current directory; `werk run` keeps it next to the workflow: \
                try `werk runs WORKFLOW.json` or `werk runs --state DIR`
                """
        }
    }

    static func timestamp(_ seconds: Double?) -> String {
        guard let seconds else { return "-" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    static func seconds(_ value: Double?) -> String {
        value.map { String(format: "%.2fs", $0) } ?? "-"
    }

    static func padded(_ columns: [[String]]) -> String {
        guard let first = columns.first else { return "" }
        let widths = first.indices.map { index in columns.map { $0[index].count }.max() ?? 0 }
        return columns.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `werk runs [list]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the runs.")

        @OptionGroup var options: StateOptions

        @OptionGroup var jsonOutput: JSONOption

        func run() throws {
            let runs = try options.openJournal().runs()
            if jsonOutput.json { return try JSONOption.print(runs) }
            var rows = [
                ["RUN", "STATE", "STARTED (UTC)", "STEPS", "SUCCEEDED", "FAILED", "WORKFLOW"]
            ]
            for run in runs {
                rows.append([
                    String(run.id), run.state.rawValue, RunsCommand.timestamp(run.startedAt),
                    String(run.stepCount), String(run.succeededCount), String(run.failedCount),
                    "\(run.workflowName) (\(run.workflowPath))",
                ])
            }
            print(RunsCommand.padded(rows), terminator: "")
        }
    }

    /// `werk runs show RUN`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show each step of a run: state, attempts, actual versus planned duration.")

        @Argument(help: "The run's number (see `werk runs`).")
        var runID: Int64

        @OptionGroup var options: StateOptions

        @OptionGroup var jsonOutput: JSONOption

        /// `--json`: the run and its steps.
        private struct Document: Encodable {
            var run: RunSummary
            var steps: [StepReport]
        }

        func run() throws {
            let journal = try options.openJournal()
            guard let summary = try journal.run(runID) else {
                throw Diagnostic(
                    file: options.directory, location: .unknown,
                    message: "no run \(runID) in this journal")
            }
            if jsonOutput.json {
                return try JSONOption.print(
                    Document(run: summary, steps: try journal.steps(ofRun: runID)))
            }
            print(
                """
                run \(summary.id) of \(summary.workflowName) (\(summary.workflowPath)): \
                \(summary.state.rawValue)
                started \(RunsCommand.timestamp(summary.startedAt)) UTC, \
                finished \(RunsCommand.timestamp(summary.finishedAt)) UTC; \
                \(summary.succeededCount) of \(summary.stepCount) steps succeeded, \
                \(summary.failedCount) failed; logs in \(summary.logDirectory)
                """)
            var rows = [["STEP", "STATE", "ATTEMPTS", "ACTUAL", "PLANNED", "EXIT"]]
            for step in try journal.steps(ofRun: runID) {
                let exit =
                    step.signal.map { "signal \($0)" } ?? step.exitCode.map(String.init) ?? "-"
                rows.append([
                    step.id, step.state?.rawValue ?? "not run", String(step.attempts),
                    RunsCommand.seconds(step.actualDuration),
                    RunsCommand.seconds(step.plannedDuration), exit,
                ])
            }
            print(RunsCommand.padded(rows), terminator: "")
        }
    }
}
