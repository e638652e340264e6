import Foundation
import TestSupport
import Workflow

/// Generated layered DAGs whose steps record their own start and end times.
///
/// Every step runs `bash -c 'echo "S id $EPOCHREALTIME" >> REC; …; echo "E id $EPOCHREALTIME"
/// >> REC'`: one short line per write to a file opened with O_APPEND, so lines never mix.
/// The checks read these records, not the executor's journal.
enum LayeredWorkflow {
    /// Capacities of the two resources.
    static let capacities = ["cpu": 4, "mem": 6]

    /// A workflow of `layers × width` steps; each step after the first layer depends on one to
    /// three random steps of the previous layer and uses random units of `cpu` and `mem`.
    static func make(
        layers: Int, width: Int, seed: UInt64, recordPath: String, body: String = ":",
        extra: (inout WorkflowStep) -> Void = { _ in }
    ) -> WorkflowDocument {
        var generator = SplitMix64(seed: seed)
        var steps: [WorkflowStep] = []
        for layer in 0..<layers {
            for column in 0..<width {
                let id = "L\(layer)_\(column)"
                var after: [String] = []
                if layer > 0 {
                    for _ in 0..<Int.random(in: 1...3, using: &generator) {
                        let predecessor =
                            "L\(layer - 1)_\(Int.random(in: 0..<width, using: &generator))"
                        if !after.contains(predecessor) { after.append(predecessor) }
                    }
                }
                var uses: [String: Int] = [:]
                let cpu = Int.random(in: 0...3, using: &generator)
                let mem = Int.random(in: 0...4, using: &generator)
                if cpu > 0 { uses["cpu"] = cpu }
                if mem > 0 { uses["mem"] = mem }
                let script =
                    "echo \"S $0 $EPOCHREALTIME\" >> \"$1\"; \(body); echo \"E $0 $EPOCHREALTIME\" >> \"$1\""
                var step = WorkflowStep(
                    id: id, command: ["bash", "-c", script, id, recordPath], after: after,
                    uses: uses, plannedStart: Double(layer) + Double(column) / Double(width),
                    plannedDuration: 0.01)
                extra(&step)
                steps.append(step)
            }
        }
        return WorkflowDocument(
            name: "layered-\(layers)x\(width)", resources: capacities, steps: steps)
    }

    /// Writes `document` as JSON to `path`.
    static func write(_ document: WorkflowDocument, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(document).write(to: URL(fileURLWithPath: path))
    }
}
