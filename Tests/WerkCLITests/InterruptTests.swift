import Foundation
import TestSupport
import Testing

/// SIGINT during `werk plan --anytime`: the search stops and the best plan so far is written,
/// with the status a time limit would give.
@Suite struct InterruptTests {
    @Test("SIGINT during an anytime search writes the best plan found so far (exit 0)")
    func interruptKeepsTheBestPlan() throws {
        let task = try TestCorpus.pddlTask("depot", "p10")
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let errorFile = folder.appendingPathComponent("stderr")
        let planFile = folder.appendingPathComponent("plan")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: WerkProcess.path)
        // No time limit: without the signal the anytime search would go on until it proves
        // its last plan optimal.
        process.arguments = [
            "plan", task.domain, task.problem, "--anytime", "--stats", "--output", planFile.path,
        ]
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        // Wait for the first plan (an event, not a time), then interrupt.
        var firstPlan = false
        for _ in 0..<1200 where process.isRunning {
            let text = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            if text.contains("found plan of cost") {
                firstPlan = true
                break
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(firstPlan)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        let plan = (try? String(contentsOf: planFile, encoding: .utf8)) ?? ""
        #expect(plan.contains("; cost = "), "\(plan)")
    }
}
