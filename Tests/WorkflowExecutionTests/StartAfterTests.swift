import Foundation
import SourceText
import Testing
import Workflow

@testable import WorkflowExecution

/// Steps that must start after others have started (`start_after`): a temporal plan's steps
/// that run while another runs.
@Suite("Start-after waits")
struct StartAfterTests {
    private func load(_ document: WorkflowDocument, in scratch: Scratch) throws
        -> ExecutableWorkflow
    {
        let path = scratch.file("workflow.json")
        try LayeredWorkflow.write(document, to: path)
        return try WorkflowLoader.load(path: path)
    }

    /// fire, then bake while it runs, then deliver after bake.
    private func bakery(fire: [String] = ["true"]) -> WorkflowDocument {
        WorkflowDocument(
            name: "bakery", resources: [:],
            steps: [
                WorkflowStep(id: "deliver", command: ["true"], after: ["bake"]),
                WorkflowStep(id: "bake", command: ["true"], startAfter: ["fire"]),
                WorkflowStep(id: "fire", command: fire),
            ])
    }

    @Test("a step is ready once the steps it starts after have started, not finished")
    func readyOnStart() throws {
        let scratch = try Scratch()
        let workflow = try load(bakery(), in: scratch)
        var scheduler = StepScheduler(workflow: workflow, alreadySucceeded: [false, false, false])
        // Only fire is ready; launching it makes bake ready while fire still runs.
        #expect(scheduler.takeLaunchable(limit: 1) == [2])
        #expect(scheduler.takeLaunchable(limit: 3) == [1])
        // A retried fire does not release bake's wait twice; deliver waits for bake's success.
        scheduler.retry(2, at: 0)
        scheduler.releaseDelayed(now: 1)
        #expect(scheduler.takeLaunchable(limit: 3) == [2])
        scheduler.succeeded(2)
        #expect(scheduler.takeLaunchable(limit: 3) == [])
        scheduler.succeeded(1)
        #expect(scheduler.takeLaunchable(limit: 3) == [0])
    }

    @Test("a step that is never started blocks the steps that must start after it")
    func blockedChain() throws {
        let scratch = try Scratch()
        let document = WorkflowDocument(
            name: "blocked", resources: [:],
            steps: [
                WorkflowStep(id: "prepare", command: ["false"]),
                WorkflowStep(id: "fire", command: ["true"], after: ["prepare"]),
                WorkflowStep(id: "bake", command: ["true"], startAfter: ["fire"]),
            ])
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 2)
        options.progress = .quiet
        let outcome = try WorkflowExecutor(workflow: load(document, in: scratch), options: options)
            .run()
        #expect(outcome.state == .failed)
    }

    @Test("werk's executor runs bake while fire runs")
    func overlapInARun() throws {
        let scratch = try Scratch()
        let marker = scratch.file("fire-running")
        // fire announces that it runs, then waits (a while at most) for bake to have seen
        // it; bake waits (as long at most) for the announcement. Were bake started only after
        // fire ended, fire would give up waiting and fail; that bake never starts before fire
        // is readyOnStart's part.
        let seen = scratch.file("bake-saw-fire")
        func waiting(for file: String) -> String {
            "i=0; while [ ! -e \"\(file)\" ] && [ $i -lt 3000 ]; do sleep 0.01; i=$((i+1)); done; "
                + "[ -e \"\(file)\" ]"
        }
        var document = bakery(fire: ["sh", "-c", "touch \"$0\"; " + waiting(for: seen), marker])
        document.steps[1].command = ["sh", "-c", waiting(for: marker) + " && touch \"$0\"", seen]
        var options = ExecutorOptions(stateDirectory: scratch.file("state"), jobs: 2)
        options.progress = .quiet
        let outcome = try WorkflowExecutor(workflow: load(document, in: scratch), options: options)
            .run()
        #expect(outcome.state == .succeeded)
        #expect(FileManager.default.fileExists(atPath: seen))
    }

    @Test("waiting in a circle through start_after is a cycle")
    func cycle() throws {
        let scratch = try Scratch()
        let document = WorkflowDocument(
            name: "cycle", resources: [:],
            steps: [
                WorkflowStep(id: "a", command: ["true"], after: ["b"]),
                WorkflowStep(id: "b", command: ["true"], startAfter: ["a"]),
            ])
        #expect(throws: DiagnosticList.self) { try load(document, in: scratch) }
    }

    @Test("Snakemake export refuses steps that run while others run")
    func snakemakeRefuses() throws {
        let scratch = try Scratch()
        #expect(SnakemakeExporter.obstacle(in: try load(bakery(), in: scratch)) != nil)
    }
}
