import Foundation
import Scheduling
import TestSupport
import Testing

/// `werk schedule` end to end: the written JSON, CSV, SVG and LP files, exit statuses and
/// diagnostics, with the schedule read back from the JSON and checked against the instance.
@Suite struct ScheduleCommandTests {
    static let problems = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Problems/scheduling")

    static func jsonObject(at path: String) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
                as? [String: Any])
    }

    @Test(
        "a PSPLIB instance: the JSON schedule read back is valid and optimal; CSV and Gantt written"
    )
    func psplibInstance() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let instance = Self.problems.appendingPathComponent("j301_1.sm").path
        let output = directory.appendingPathComponent("schedule.json").path
        let csv = directory.appendingPathComponent("schedule.csv").path
        let gantt = directory.appendingPathComponent("gantt.svg").path
        let result = try WerkProcess.run([
            "schedule", instance, "--output", output, "--csv", csv, "--gantt", gantt,
        ])
        #expect(result.status == 0)

        let json = try Self.jsonObject(at: output)
        #expect(json["status"] as? String == "optimal")
        let makespan = try #require(json["makespan"] as? Int)
        #expect(json["bound"] as? Int == makespan)
        let optimum = try TestCorpus.publishedOptimum("j301_1", boundsFile: "rcpsp/j30_bounds.csv")
        #expect(makespan == optimum)
        let problem = try InstanceFormat.auto.parse(
            file: instance, contents: String(contentsOfFile: instance, encoding: .utf8))
        let activities = try #require(json["activities"] as? [[String: Any]])
        #expect(activities.count == problem.activities.count)
        var modes = [Int](repeating: 0, count: problem.activities.count)
        var starts = modes
        for entry in activities {
            // Job numbers as in the file, as strings; modes counted from 1.
            let id = try #require(entry["id"] as? String)
            let index = try #require(problem.activities.firstIndex(where: { $0.name == id }))
            let mode = try #require(entry["mode"] as? Int)
            modes[index] = mode - 1
            starts[index] = try #require(entry["start"] as? Int)
            let finish = try #require(entry["finish"] as? Int)
            #expect(finish == starts[index] + problem.activities[index].modes[mode - 1].duration)
        }
        let schedule = Schedule(modes: modes, starts: starts)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        #expect(schedule.makespan(in: problem) == makespan)

        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(rows.count == problem.activities.count + 1)
        let svg = try String(contentsOfFile: gantt, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
        #expect(svg.contains("</svg>"))
    }

    @Test("a job shop: activities carry job, operation and machine; the optimum is reached")
    func jobShop() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("schedule.json").path
        let result = try WerkProcess.run([
            "schedule", Self.problems.appendingPathComponent("ft06.txt").path, "--output", output,
        ])
        #expect(result.status == 0)
        let json = try Self.jsonObject(at: output)
        #expect(json["status"] as? String == "optimal")
        let optimum = try TestCorpus.publishedOptimum("ft06", boundsFile: "jssp/bounds.csv")
        #expect(json["makespan"] as? Int == optimum)
        let activities = try #require(json["activities"] as? [[String: Any]])
        #expect(activities.count == 36)
        // Per machine, no two operations overlap; per job, operations run in file order.
        var byMachine: [Int: [(Int, Int)]] = [:]
        var byJob: [Int: [(operation: Int, start: Int, finish: Int)]] = [:]
        for entry in activities {
            let machine = try #require(entry["machine"] as? Int)
            let job = try #require(entry["job"] as? Int)
            let operation = try #require(entry["operation"] as? Int)
            let start = try #require(entry["start"] as? Int)
            let finish = try #require(entry["finish"] as? Int)
            byMachine[machine, default: []].append((start, finish))
            byJob[job, default: []].append((operation, start, finish))
        }
        for intervals in byMachine.values {
            let sorted = intervals.sorted { $0.0 < $1.0 }
            for (first, second) in zip(sorted, sorted.dropFirst()) { #expect(first.1 <= second.0) }
        }
        for operations in byJob.values {
            let sorted = operations.sorted { $0.operation < $1.operation }
            #expect(sorted.map(\.operation) == Array(0..<sorted.count))
            for (first, second) in zip(sorted, sorted.dropFirst()) {
                #expect(first.finish <= second.start)
            }
        }
    }

    @Test("--write-lp writes the time-indexed model; GLPK's optimum of it is the makespan")
    func writtenModelAgrees() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let instance = Self.problems.appendingPathComponent("workshop.yaml").path
        let output = directory.appendingPathComponent("schedule.json").path
        let model = directory.appendingPathComponent("workshop.lp").path
        let scheduled = try WerkProcess.run([
            "schedule", instance, "--output", output, "--write-lp", model,
        ])
        #expect(scheduled.status == 0)
        let makespan = try #require(try Self.jsonObject(at: output)["makespan"] as? Int)
        let solution = directory.appendingPathComponent("solution.json").path
        let solved = try WerkProcess.run(["lp", model, "--output", solution])
        #expect(solved.status == 0)
        let lp = try Self.jsonObject(at: solution)
        #expect(lp["status"] as? String == "optimal")
        #expect((lp["objective"] as? Double).map { Int($0.rounded()) } == makespan)
    }

    @Test("bad input exits 2 with file:line:column and writes no output")
    func badInput() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.txt")
        // A job shop whose second job names machine 7 of 3.
        try "2 3\n0 5 1 4 2 3\n7 2 0 6 1 1\n".write(to: broken, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("schedule.json").path
        let result = try WerkProcess.run(["schedule", broken.path, "--output", output])
        #expect(result.status == 2)
        #expect(result.error.contains("\(broken.path):3:"))
        #expect(result.error.contains("error:"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
