import Foundation
import Testing
import Workflow

/// The record checks themselves, on records written by hand.
@Suite("Step record checks")
struct StepRecordsTests {
    private let document = WorkflowDocument(
        name: "checks", resources: ["cpu": 2],
        steps: [
            WorkflowStep(id: "a", command: ["true"], uses: ["cpu": 2]),
            WorkflowStep(id: "b", command: ["true"], after: ["a"], uses: ["cpu": 1]),
            WorkflowStep(id: "c", command: ["true"], uses: ["cpu": 1]),
        ])

    private func violations(_ lines: [String], jobs: Int = 3) throws -> [String] {
        let scratch = try Scratch()
        try Data((lines.joined(separator: "\n") + "\n").utf8)
            .write(to: URL(fileURLWithPath: scratch.file("records")))
        return try StepRecords(path: scratch.file("records")).violations(of: document, jobs: jobs)
    }

    @Test("valid records pass; ends before starts at the same instant")
    func valid() throws {
        #expect(
            try violations(["S a 1.0", "E a 2.0", "S b 2.0", "S c 2.0", "E b 3.0", "E c 3.0"])
                .isEmpty)
    }

    @Test("each kind of violation is found")
    func violationsFound() throws {
        let early = try violations([
            "S a 1.0", "S b 1.5", "E a 2.0", "E b 3.0", "S c 4.0", "E c 5.0",
        ])
        #expect(early.contains { $0.contains("b started before a ended") })
        #expect(early.contains { $0.contains("cpu at 3 > 2") })
        let crowded = try violations(
            ["S a 1.0", "E a 2.0", "S b 3.0", "S c 3.5", "E b 4.0", "E c 4.0"], jobs: 1)
        #expect(crowded.contains { $0.contains("2 steps running") })
        let twice = try violations(["S a 1", "E a 2", "S a 3", "E a 4", "S b 5", "E b 6"])
        #expect(twice.contains { $0.contains("a ran 2 times") })
        #expect(twice.contains { $0.contains("c ran 0 times") })
    }
}
