import Foundation
import TestSupport
import Testing

/// SIGINT during a search: the search stops and the best result so far is written, with the
/// status a time limit would give.
@Suite struct InterruptTests {
    /// Runs `werk arguments…`, waits until its standard error shows `marker` (an event, not
    /// a time), interrupts it and waits for it to end; its standard error.
    private static func interrupt(_ arguments: [String], after marker: String, in folder: URL)
        throws -> (process: Process, error: String)
    {
        let errorFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: WerkProcess.path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        var seen = false
        for _ in 0..<1200 where process.isRunning {
            let text = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            if text.contains(marker) {
                seen = true
                break
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(seen, "no '\(marker)' on standard error")
        process.interrupt()
        process.waitUntilExit()
        return (process, (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }

    @Test("SIGINT during an anytime search writes the best plan found so far (exit 0)")
    func interruptKeepsTheBestPlan() throws {
        let task = try TestCorpus.pddlTask("depot", "p10")
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let planFile = folder.appendingPathComponent("plan")
        // No time limit: without the signal the anytime search would go on until it proves
        // its last plan optimal.
        let (process, _) = try Self.interrupt(
            ["plan", task.domain, task.problem, "--anytime", "--stats", "--output", planFile.path],
            after: "found plan of cost", in: folder)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        let plan = (try? String(contentsOf: planFile, encoding: .utf8)) ?? ""
        #expect(plan.contains("; cost = "), "\(plan)")
    }

    @Test("SIGINT during werk solve's anytime planning writes every file with the best plan")
    func interruptKeepsTheBestScenarioSolution() throws {
        let task = try TestCorpus.pddlTask("depot", "p10")
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("scenario.yaml")
        try """
        domain: \(task.domain)
        problem: \(task.problem)
        resources: {crew: 1}
        planner: {search: sat, anytime: true}
        """.write(to: scenario, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        // Without the signal the anytime search would improve its plan for half an hour.
        let (process, error) = try Self.interrupt(
            ["solve", scenario.path, "--time-limit", "3600", "--output", output.path],
            after: "plan cost", in: folder)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0, "\(error)")
        for file in ["plan.txt", "schedule.json", "workflow.json"] {
            #expect(
                FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path),
                "\(file)")
        }
    }

    /// A market split instance (Cornuéjols & Dawande 1998) in CPLEX LP format: 5 rows of 40
    /// binaries with random weights, each to hit half its sum, slack minimised. Small, but
    /// branch-and-bound takes very long to prove it, so the search is still running when
    /// interrupted.
    private static func marketSplit() -> String {
        var random = SplitMix64(seed: 7)
        let rows = 5
        let columns = 40
        var text =
            "Minimize\n obj: "
            + (1...rows).map { "p\($0) + m\($0)" }.joined(
                separator: " + ") + "\nSubject To\n"
        for row in 1...rows {
            let weights = (1...columns).map { _ in Int.random(in: 0..<100, using: &random) }
            let terms = weights.enumerated().map { "\($1) x\($0 + 1)" }.joined(separator: " + ")
            text += " c\(row): \(terms) + p\(row) - m\(row) = \(weights.reduce(0, +) / 2)\n"
        }
        return text + "Binary\n" + (1...columns).map { " x\($0)" }.joined(separator: "\n")
            + "\nEnd\n"
    }

    @Test("SIGINT during werk lp branch-and-cut writes the best solution so far (exit 0)")
    func interruptKeepsTheBestSolution() throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("market.lp")
        try Self.marketSplit().write(to: model, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("solution.json")
        // The progress line shows the incumbent's objective once there is one.
        let (process, error) = try Self.interrupt(
            ["lp", model.path, "--output", output.path], after: "objective", in: folder)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0, "\(error)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        #expect(json["status"] as? String == "feasible")
        #expect(json["limit_reached"] as? Bool == true)
    }

    /// A scheduling instance that is still searching when interrupted, and its number of
    /// activities.
    struct UnprovenInstance: CustomTestStringConvertible, Sendable {
        var path: String
        var activities: Int
        var testDescription: String { path }
    }

    /// abz5, a job shop not proven optimal within the limit, and Kacem's k4, a flexible job
    /// shop that is not proven at all (its bounds stop at 10, the optimum is 11).
    static let unprovenInstances = [
        UnprovenInstance(path: "jssp/abz5.txt", activities: 100),
        UnprovenInstance(path: "fjsp/k4.fjs", activities: 56),
    ]

    @Test(
        "SIGINT during werk schedule writes the best schedule found so far (exit 0)",
        arguments: unprovenInstances)
    func interruptKeepsTheBestSchedule(_ instance: UnprovenInstance) throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("schedule.json")
        // The progress line shows the first makespan once the heuristics are done.
        let (process, error) = try Self.interrupt(
            [
                "schedule", TestCorpus.url(instance.path).path, "--time-limit", "3600",
                "--output", output.path,
            ],
            after: "makespan", in: folder)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0, "\(error)")
        #expect(error.contains("stopping with the best result"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        #expect(["feasible", "optimal"].contains(json["status"] as? String))
        #expect(json["makespan"] is Int)
        #expect((json["activities"] as? [[String: Any]])?.count == instance.activities)
    }
}
