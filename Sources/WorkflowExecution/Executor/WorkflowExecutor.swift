import Foundation
public import Workflow

/// Runs a workflow locally: starts steps when their predecessors succeeded and their
/// resources are free, journals every transition, and resumes unfinished runs.
///
/// Resume rule (at least once): running the same workflow again continues its last
/// unfinished run. Steps that succeeded are not run again unless ``RerunPlan`` finds them
/// out of date (their fingerprint changed, an output is missing, or a step before them runs
/// again); steps that were running when an executor died are run again (their process may
/// have finished, but the executor did not record it); failed and interrupted steps get a
/// fresh retry budget. When the workflow file changed, a new run takes over the up-to-date
/// steps of the unfinished one.
public final class WorkflowExecutor {
    /// The workflow to run.
    public let workflow: ExecutableWorkflow
    /// How to run it.
    public let options: ExecutorOptions

    /// Creates an executor; nothing happens before `run()`.
    public init(workflow: ExecutableWorkflow, options: ExecutorOptions) {
        self.workflow = workflow
        self.options = options
    }

    /// The state directory used when none is given: `.werk` next to the workflow file.
    public static func defaultStateDirectory(for workflow: ExecutableWorkflow) -> String {
        workflow.source.directory + "/.werk"
    }

    /// The state directory `werk run` uses for the workflow file at `path` when none is
    /// given (the same as ``defaultStateDirectory(for:)``), for finding its journal without
    /// loading the workflow.
    public static func defaultStateDirectory(forWorkflowAt path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path + "/.werk"
    }

    /// Why the folder `path` could not be made, in words (not Foundation's `Error Domain=…`).
    static func reason(_ error: any Error, making path: String) -> String {
        let error = error as NSError
        if error.domain == NSCocoaErrorDomain,
            error.code == CocoaError.fileWriteFileExists.rawValue
        {
            return inTheWay
        }
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        switch underlying?.domain == NSPOSIXErrorDomain ? Int32(underlying?.code ?? 0) : 0 {
        case EEXIST, ENOTDIR: return inTheWay
        case EACCES, EPERM: return "permission denied; choose another folder with --state"
        case let code where code != 0: return String(cString: strerror(code))
        default:
            return fileInTheWay(of: path) ? inTheWay : error.localizedDescription
        }
    }

    private static let inTheWay = "a file is in the way; name a folder with --state"

    /// Whether the nearest existing ancestor of `path` is a file rather than a folder.
    private static func fileInTheWay(of path: String) -> Bool {
        var ancestor = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        while ancestor.path != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder) {
                return !isFolder.boolValue
            }
            ancestor.deleteLastPathComponent()
        }
        return false
    }

    /// The journal's path in `stateDirectory`.
    public static func journalPath(inStateDirectory stateDirectory: String) -> String {
        stateDirectory + "/" + Journal.fileName
    }

    /// Runs (or resumes) the workflow until every step has succeeded, a step failed for
    /// good (without `keepGoing`), nothing more can run, or a signal stopped it.
    public func run() throws(ExecutionError) -> RunOutcome {
        do {
            try FileManager.default.createDirectory(
                atPath: options.stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw ExecutionError(
                path: options.stateDirectory,
                message: "cannot create the state directory: "
                    + Self.reason(error, making: options.stateDirectory))
        }
        let lock = try StateDirectoryLock(stateDirectory: options.stateDirectory)
        defer { _ = lock }
        let journal = try journaling(in: options.stateDirectory) {
            try Journal(path: Self.journalPath(inStateDirectory: options.stateDirectory))
        }
        let opened = try openRun(in: journal)
        let runID = opened.runID
        let progress = try journaling(in: options.stateDirectory) {
            try journal.progress(ofRun: runID, stepCount: workflow.stepCount)
        }
        guard let summary = try journaling(in: options.stateDirectory, { try journal.run(runID) })
        else {
            throw ExecutionError(
                path: Self.journalPath(inStateDirectory: options.stateDirectory),
                message: "run \(runID) vanished from the journal")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: summary.logDirectory, withIntermediateDirectories: true)
        } catch {
            throw ExecutionError(
                path: summary.logDirectory, message: "cannot create the log folder: \(error)")
        }
        let session = try ExecutionSession(
            workflow: workflow, options: options, journal: journal, runID: runID,
            resumedFrom: opened.resumedFrom, logDirectory: summary.logDirectory,
            alreadySucceeded: opened.upToDate ?? progress.succeeded,
            attemptsSoFar: progress.attempts)
        return try session.execute()
    }

    /// What `run()` would do, without running anything or writing the journal.
    public func dryRun() throws(ExecutionError) -> DryRunReport {
        let path = Self.journalPath(inStateDirectory: options.stateDirectory)
        var succeeded = [Bool](repeating: false, count: workflow.stepCount)
        var reasons = [RerunReason?](repeating: .notDone, count: workflow.stepCount)
        var resumedRun: Int64?
        if FileManager.default.fileExists(atPath: path) {
            let journal = try journaling(in: options.stateDirectory) { try Journal(path: path) }
            if let latest = try resumableRun(in: journal) {
                resumedRun = latest.id
                let plan = try rerunPlan(resuming: latest, in: journal)
                succeeded = plan.upToDate
                reasons = plan.reasons
            }
        }
        var scheduler = StepScheduler(workflow: workflow, alreadySucceeded: succeeded)
        var order: [Int] = []
        while true {
            let batch = scheduler.takeLaunchable(limit: max(1, options.jobs))
            if batch.isEmpty { break }
            order += batch
            batch.forEach { scheduler.succeeded($0) }
        }
        return DryRunReport(
            resumedRunID: resumedRun,
            alreadySucceeded: (0..<workflow.stepCount).filter { succeeded[$0] }, order: order,
            reasons: reasons)
    }

    /// The last run of this workflow if it is unfinished and may be resumed.
    private func resumableRun(in journal: Journal) throws(ExecutionError) -> RunSummary? {
        guard !options.fresh,
            let latest = try journaling(
                in: options.stateDirectory,
                {
                    try journal.latestRun(workflowPath: workflow.source.absolutePath)
                }),
            latest.state != .succeeded
        else { return nil }
        return latest
    }

    /// Which steps of the workflow resuming `run` runs again, and why.
    private func rerunPlan(resuming run: RunSummary, in journal: Journal)
        throws(ExecutionError) -> RerunPlan
    {
        let succeeded = try journaling(in: options.stateDirectory) {
            try journal.successes(ofRun: run.id)
        }
        return RerunPlan(
            workflow: workflow, succeeded: succeeded,
            sameWorkflowFile: run.workflowFingerprint == workflow.source.fingerprint)
    }

    /// The run to work on: the last unfinished one reopened (the workflow file unchanged), a
    /// new run that takes over the up-to-date steps of that one (the file changed), or a new
    /// run. `upToDate` is nil for a new run from scratch.
    private func openRun(in journal: Journal) throws(ExecutionError) -> (
        runID: Int64, resumedFrom: Int64?, upToDate: [Bool]?
    ) {
        let latest = try resumableRun(in: journal)
        let plan = try latest.map { run throws(ExecutionError) in
            try rerunPlan(resuming: run, in: journal)
        }
        if let latest, let plan, latest.workflowFingerprint == workflow.source.fingerprint {
            _ = try journaling(in: options.stateDirectory) { try journal.reopenRun(latest.id) }
            return (latest.id, latest.id, plan.upToDate)
        }
        let now = MonotonicClock.wallNow()
        let id = try journaling(in: options.stateDirectory) {
            try journal.createRun(
                of: workflow, logDirectoryRoot: options.stateDirectory + "/runs", at: now)
        }
        guard let latest, let plan else { return (id, nil, nil) }
        let kept = (0..<workflow.stepCount).filter { plan.upToDate[$0] }.map {
            (index: $0, fingerprint: plan.fingerprints[$0])
        }
        try journaling(in: options.stateDirectory) {
            try journal.carryOver(kept, intoRun: id, from: latest.id, at: now)
        }
        try journaling(in: options.stateDirectory) {
            try journal.closeRun(latest.id, state: .superseded, at: now)
        }
        return (id, latest.id, plan.upToDate)
    }
}

/// Runs `body`, turning an error of the journal in `stateDirectory` (a database error) into an
/// `ExecutionError` about the journal's file.
func journaling<T>(in stateDirectory: String, _ body: () throws -> T) throws(ExecutionError) -> T {
    do {
        return try body()
    } catch let error as ExecutionError {
        throw error
    } catch {
        throw ExecutionError(
            path: WorkflowExecutor.journalPath(inStateDirectory: stateDirectory),
            message: "journal: \(error)")
    }
}
