import Foundation
import Testing
import Workflow

@testable import WorkflowExecution

/// Steps that name their units: the dispatcher never starts a step whose unit is held by a
/// running one, even when the pool's capacity would allow it and the dispatch order skips
/// ahead (backfilling).
@Suite("Unit locks")
struct UnitLockTests {
    private func load(_ document: WorkflowDocument, in scratch: Scratch) throws
        -> ExecutableWorkflow
    {
        let path = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: path)
        return try WorkflowLoader.load(path: path)
    }

    @Test("a ready step waits for its unit; a later step on a free unit goes first")
    func dispatcherLocksUnits() throws {
        let scratch = try Scratch()
        func step(_ id: String, _ unit: String, at start: Double) -> WorkflowStep {
            WorkflowStep(
                id: id, command: ["true"], uses: ["welder": 1], units: ["welder": [unit]],
                plannedStart: start)
        }
        let workflow = try load(
            WorkflowDocument(
                name: "locks", resources: ["welder": 3],
                steps: [step("a", "ana", at: 0), step("c", "ana", at: 1), step("b", "ben", at: 2)]),
            in: scratch)
        var scheduler = StepScheduler(workflow: workflow, alreadySucceeded: [false, false, false])
        // c comes before b in planned order, but ana is busy with a: b is dispatched instead.
        #expect(scheduler.takeLaunchable(limit: 3) == [0, 2])
        #expect(scheduler.takeLaunchable(limit: 3) == [])
        scheduler.succeeded(0)
        #expect(scheduler.takeLaunchable(limit: 3) == [1])
        // A retried step releases its unit too.
        scheduler.retry(1, at: 0)
        scheduler.releaseDelayed(now: 1)
        #expect(scheduler.takeLaunchable(limit: 3) == [1])
    }

    @Test("a generated workflow on three named units: no unit ever serves two steps at once")
    func executorNeverOverlapsAUnit() throws {
        let scratch = try Scratch()
        let records = scratch.file("records")
        let names = ["ana", "ben", "cas"]
        var index = 0
        var document = LayeredWorkflow.make(
            layers: 4, width: 6, seed: 17, recordPath: records, body: "sleep 0.05"
        ) { step in
            step.uses["welder"] = 1
            step.units["welder"] = [names[index % names.count]]
            index += 1
        }
        document.resources["welder"] = 3
        let workflow = try load(document, in: scratch)
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 6)
        options.progress = .quiet
        let outcome = try WorkflowExecutor(workflow: workflow, options: options).run()
        #expect(outcome.state == .succeeded)
        let violations = try StepRecords(path: records).violations(of: document, jobs: 6)
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test("the step's environment names its units")
    func environment() throws {
        let scratch = try Scratch()
        let output = scratch.file("env")
        let workflow = try load(
            WorkflowDocument(
                name: "env", resources: ["welder": 2],
                steps: [
                    WorkflowStep(
                        id: "weld",
                        command: ["sh", "-c", "echo \"$WERK_UNIT_WELDER\" > \"$0\"", output],
                        uses: ["welder": 2], units: ["welder": ["ana", "ben"]])
                ]), in: scratch)
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 1)
        options.progress = .quiet
        #expect(
            try WorkflowExecutor(workflow: workflow, options: options).run().state == .succeeded)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "ana ben\n")
    }
}
