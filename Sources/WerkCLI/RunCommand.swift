import ArgumentParser
import Foundation
import Workflow
import WorkflowExecution

/// `werk run`: runs a workflow file with the local executor, resuming its last unfinished run.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a workflow file locally; resumes its last unfinished run.",
        discussion: """
            Steps start when every step in their `after` list succeeded and every resource \
            they use has room, earliest planned start first, at most --jobs at once. Every \
            transition is committed to the journal (<state>/journal.sqlite) before the executor \
            acts on it. Running the same workflow again resumes its last unfinished run: \
            succeeded steps never run again, steps that were running when the executor died run \
            again (at least once), failed steps are retried. Logs: <state>/runs/<run>/logs/\
            <step>.<attempt>.out|err. SIGINT or SIGTERM stops the running steps; the same \
            command resumes. Exit status: 0 all steps succeeded, 4 some failed, 128+N when \
            stopped by signal N, 2 bad input.
            """)

    @Argument(
        help: "The workflow file (JSON, schema werkvloei.workflow/v1).",
        completion: .file(extensions: ["json"]))
    var workflow: String

    @Option(
        help: ArgumentHelp(
            "The state directory (journal and logs); default: .werk next to the workflow.",
            valueName: "folder"),
        completion: .directory)
    var state: String?

    @OptionGroup var jobs: JobsOption

    @Option(
        name: .customLong("resources"),
        help: ArgumentHelp("Override a resource's capacity.", valueName: "name=N"))
    var resources: [String] = []

    @Flag(help: "Check the workflow and show what would run, without running anything.")
    var dryRun = false

    @Flag(help: "After a step fails for good, go on with the steps that do not depend on it.")
    var keepGoing = false

    @Flag(help: "Start a new run even if the last one is unfinished.")
    var fresh = false

    @Option(
        help: ArgumentHelp(
            "Append JSON-lines events (step started, finished, retried…) to this file (- for standard output).",
            valueName: "file"),
        completion: .file())
    var events: String?

    @OptionGroup var killGrace: KillGraceOption

    @Flag(name: .shortAndLong, help: "Print only failures (no progress line or per-step lines).")
    var quiet = false

    func validate() throws {
        _ = try capacityOverrides()
    }

    private func capacityOverrides() throws -> [(name: String, capacity: Int)] {
        try resources.map { text in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let capacity = Int(parts[1]), capacity >= 0
            else { throw ValidationError("--resources expects name=N with N ≥ 0, got '\(text)'") }
            return (parts[0], capacity)
        }
    }

    func run() throws {
        try InputFile.rejectFolders([workflow])
        let loaded = try WorkflowLoader.load(path: workflow)
        let checked = try loaded.overridingCapacities(capacityOverrides())
        var options = ExecutorOptions(
            stateDirectory: state ?? WorkflowExecutor.defaultStateDirectory(for: checked),
            jobs: jobs.count)
        options.keepGoing = keepGoing
        options.fresh = fresh
        // The log is appended to (O_APPEND), so standard output is opened by its name.
        options.eventsPath = events == OutputFile.standardStream ? "/dev/stdout" : events
        options.killGracePeriod = killGrace.seconds
        options.handlesSignals = true
        options.adoptsOrphans = true
        options.progress = quiet ? .quiet : .automatic
        let executor = WorkflowExecutor(workflow: checked, options: options)
        if dryRun {
            print(describe(try executor.dryRun(), of: checked, options: options), terminator: "")
            return
        }
        if let events, events != OutputFile.standardStream {
            try OutputFile.createFolder(of: events)
        }
        let outcome = try executor.run()
        if let signal = outcome.interruptingSignal {
            printToStandardError(
                "werk: run \(outcome.runID) interrupted: \(outcome.succeeded) of \(checked.stepCount) steps succeeded; run the same command to resume"
            )
            throw ExitCode(128 + signal)
        }
        if !quiet || outcome.state != .succeeded {
            printToStandardError(
                "werk: run \(outcome.runID) \(outcome.state.rawValue): \(outcome.succeeded) succeeded, \(outcome.failed.count) failed, \(outcome.notRun) not run"
            )
        }
        if outcome.state != .succeeded { throw ExitStatus.failedSteps.exitCode }
    }

    private func describe(
        _ report: DryRunReport, of workflow: ExecutableWorkflow, options: ExecutorOptions
    ) -> String {
        var text = "workflow \(workflow.document.name): \(workflow.stepCount) steps"
        if !workflow.resourceNames.isEmpty {
            let capacities = zip(workflow.resourceNames, workflow.capacities).map { "\($0)=\($1)" }
            text += ", resources \(capacities.joined(separator: " "))"
        }
        text += "\n"
        if let run = report.resumedRunID {
            text += "would resume run \(run): \(report.alreadySucceeded.count) steps up to date\n"
        } else {
            text += "would start a new run\n"
        }
        text += "order (if every step took no time, --jobs \(options.jobs)):\n"
        for step in report.order {
            let content = workflow.document.steps[step]
            var line = "  \(content.id)"
            if !content.uses.isEmpty {
                line +=
                    " ["
                    + content.uses.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }
                    .joined(separator: " ") + "]"
            }
            line += ": " + content.command.joined(separator: " ")
            if report.resumedRunID != nil, let reason = report.reasons[step] {
                line += "\n    because: \(reason.description)"
            }
            text += line + "\n"
        }
        return text
    }
}
