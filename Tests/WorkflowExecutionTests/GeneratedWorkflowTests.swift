import Foundation
import Testing
import Workflow
import WorkflowExecution

/// 1,000-step layered workflows with random demands on two resources, checked from the
/// steps' own timestamped records.
@Suite("Generated workflows")
struct GeneratedWorkflowTests {
    private func load(_ document: WorkflowDocument, in scratch: Scratch) throws
        -> ExecutableWorkflow
    {
        let path = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: path)
        return try WorkflowLoader.load(path: path)
    }

    @Test(
        "every step runs once, after its predecessors, within capacities and --jobs",
        arguments: [
            (seed: UInt64(1), jobs: 3), (seed: UInt64(2), jobs: 5),
        ])
    func cleanRun(seed: UInt64, jobs: Int) throws {
        let scratch = try Scratch()
        let records = scratch.file("records.txt")
        // A 5 ms sleep per step makes steps overlap, so the limits are actually exercised.
        let document = LayeredWorkflow.make(
            layers: 40, width: 25, seed: seed, recordPath: records, body: "sleep 0.005")
        let workflow = try load(document, in: scratch)
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: jobs)
        options.progress = .quiet
        options.eventsPath = scratch.file("events.jsonl")
        let outcome = try WorkflowExecutor(workflow: workflow, options: options).run()

        #expect(outcome.state == .succeeded)
        #expect(outcome.succeeded == 1_000)
        let stepRecords = try StepRecords(path: records)
        let violations = stepRecords.violations(of: document, jobs: jobs)
        #expect(violations.isEmpty, "\(violations.prefix(10))")
        // The checks see overlap: the same records break a limit of one job.
        #expect(!stepRecords.violations(of: document, jobs: 1).isEmpty)

        let pids = try ProcessChecks.startedPIDs(eventsPath: scratch.file("events.jsonl"))
        #expect(pids.count == 1_000)
        #expect(pids.allSatisfy(ProcessChecks.wasReaped), "a step process was left unreaped")

        let journal = try Journal(
            path: WorkflowExecutor.journalPath(inStateDirectory: scratch.file("state")))
        #expect(try journal.integrityCheck() == "ok")
        let steps = try journal.steps(ofRun: outcome.runID)
        #expect(steps.allSatisfy { $0.state == .succeeded && $0.attempts == 1 })
    }

    @Test("a capacity given with --resources is respected")
    func overriddenCapacity() throws {
        let scratch = try Scratch()
        let records = scratch.file("records.txt")
        let document = LayeredWorkflow.make(layers: 10, width: 20, seed: 7, recordPath: records)
        let workflow = try load(document, in: scratch).overridingCapacities([("cpu", 3)])
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 4)
        options.progress = .quiet
        let outcome = try WorkflowExecutor(workflow: workflow, options: options).run()
        #expect(outcome.state == .succeeded)
        var narrowed = document
        narrowed.resources["cpu"] = 3
        let violations = try StepRecords(path: records).violations(of: narrowed, jobs: 4)
        #expect(violations.isEmpty, "\(violations.prefix(10))")
    }

    @Test("a capacity below a step's demand is refused")
    func capacityBelowDemand() throws {
        let scratch = try Scratch()
        let document = LayeredWorkflow.make(
            layers: 2, width: 5, seed: 3, recordPath: scratch.file("r"))
        let workflow = try load(document, in: scratch)
        #expect(throws: CapacityOverrideError.self) {
            try workflow.overridingCapacities([("cpu", 1)])
        }
        #expect(throws: CapacityOverrideError.self) {
            try workflow.overridingCapacities([("gpu", 1)])
        }
    }
}
