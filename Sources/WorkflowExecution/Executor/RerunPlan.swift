import Foundation
import Workflow

/// Which steps a resumed run runs again, and why (``RerunReason``): a step is up to date when
/// it succeeded in the run being resumed with the fingerprint it has now
/// (``StepFingerprint``), its declared outputs exist, and no step before it runs again. The
/// rest runs, as make and Snakemake rerun what changed and what follows it.
///
/// O(steps + dependencies + declared files).
struct RerunPlan {
    /// Per step: nil when it is up to date, else why it runs.
    let reasons: [RerunReason?]
    /// The fingerprint of each step now.
    let fingerprints: [String]

    /// - Parameters:
    ///   - succeeded: the steps that succeeded in the resumed run, by id, with the
    ///     fingerprint their successful attempt recorded (nil in journals older than
    ///     fingerprints).
    ///   - sameWorkflowFile: whether the workflow file is unchanged since that run started;
    ///     then a success without a recorded fingerprint still counts.
    init(
        workflow: ExecutableWorkflow, succeeded: [String: String?], sameWorkflowFile: Bool
    ) {
        let count = workflow.stepCount
        let fingerprints = (0..<count).map { StepFingerprint.of(step: $0, in: workflow) }
        var reasons = [RerunReason?](repeating: nil, count: count)
        for step in 0..<count {
            let content = workflow.document.steps[step]
            guard let recorded = succeeded[content.id] else {
                reasons[step] = .notDone
                continue
            }
            if recorded.map({ $0 != fingerprints[step] }) ?? !sameWorkflowFile {
                reasons[step] = .changed
                continue
            }
            let directory = workflow.workingDirectory(of: step)
            if let missing = content.outputs.first(where: {
                !FileManager.default.fileExists(
                    atPath: $0.hasPrefix("/") ? $0 : "\(directory)/\($0)")
            }) {
                reasons[step] = .missingOutput(missing)
            }
        }
        // Every step that runs makes the steps after it run: Kahn's order visits each step
        // after all its predecessors.
        var remaining = workflow.predecessorCounts
        var queue = (0..<count).filter { remaining[$0] == 0 }
        var next = 0
        while next < queue.count {
            let step = queue[next]
            next += 1
            for successor in workflow.successors(of: step).map(Int.init) {
                if reasons[step] != nil, reasons[successor] == nil {
                    reasons[successor] = .upstream(workflow.document.steps[step].id)
                }
                remaining[successor] -= 1
                if remaining[successor] == 0 { queue.append(successor) }
            }
        }
        self.reasons = reasons
        self.fingerprints = fingerprints
    }

    /// Per step: whether it is up to date (and so not run).
    var upToDate: [Bool] { reasons.map { $0 == nil } }
}
