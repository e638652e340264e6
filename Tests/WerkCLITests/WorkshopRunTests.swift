import Foundation
import TestSupport
import Testing

/// The workshop scenario (named welders with skills, named booths) solved with `werk solve`
/// and run with `werk run --events`: each step's log shows the units the schedule gave it,
/// in its command and in its environment, and the executor's start and finish records show
/// no unit serving two steps at once.
@Suite("werk solve and run on the workshop: who does what")
struct WorkshopRunTests {
    private static let scenario = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Problems/scenarios/workshop/scenario.yaml")

    private func json(_ url: URL) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try #require(object as? [String: Any])
    }

    @Test("every step ran on its scheduled unit, and no unit was double-booked")
    func unitsAsScheduled() throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let solved = try WerkProcess.run(["solve", Self.scenario.path, "--out", folder.path])
        #expect(solved.status == 0, "\(solved.error)")
        let events = folder.appendingPathComponent("events.jsonl")
        let ran = try WerkProcess.run([
            "run", folder.appendingPathComponent("workflow.json").path, "--jobs", "4",
            "--events", events.path,
        ])
        #expect(ran.status == 0, "\(ran.error)")

        let schedule = try json(folder.appendingPathComponent("schedule.json"))
        let activities = try #require(schedule["activities"] as? [[String: Any]])
        var units: [String: [String: [String]]] = [:]
        for activity in activities {
            let id = try #require(activity["id"] as? String)
            units[id] = activity["units"] as? [String: [String]] ?? [:]
        }
        let workflow = try json(folder.appendingPathComponent("workflow.json"))
        let steps = try #require(workflow["steps"] as? [[String: Any]])
        #expect(steps.count == 20)
        for step in steps {
            let id = try #require(step["id"] as? String)
            let planned = step["units"] as? [String: [String]] ?? [:]
            #expect(
                planned == units[id], "\(id): workflow \(planned), schedule \(units[id] ?? [:])")
        }

        // The log of each step names its units twice: from {@pool} and from WERK_UNIT_POOL.
        let logs = folder.appendingPathComponent(".werk/runs/1/logs")
        for (id, held) in units where !held.isEmpty {
            let line = try String(
                contentsOf: logs.appendingPathComponent("\(id).1.out"), encoding: .utf8)
            let (pool, names) = try #require(held.first)
            let expected = names.joined(separator: " ")
            #expect(line.contains("\(pool)=\(expected) env=\(expected)\n"), "\(id): \(line)")
        }
        #expect(units.values.filter { $0["welder"] == ["ana"] }.count >= 2)

        // Intervals from the executor's records: no unit serves two steps at once.
        var starts: [String: Double] = [:]
        var intervals: [String: (start: Double, end: Double)] = [:]
        for line in try String(contentsOf: events, encoding: .utf8).split(separator: "\n") {
            let event = try #require(
                JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard let id = event["step"] as? String, let time = event["time"] as? Double
            else { continue }
            if event["event"] as? String == "step_started" { starts[id] = time }
            if event["event"] as? String == "step_finished", let start = starts[id] {
                intervals[id] = (start, time)
            }
        }
        #expect(intervals.count == 20)
        var byUnit: [String: [String]] = [:]
        for (id, held) in units {
            for (pool, names) in held {
                for name in names { byUnit["\(pool)/\(name)", default: []].append(id) }
            }
        }
        for (unit, ids) in byUnit {
            for first in ids {
                for second in ids where first < second {
                    guard let a = intervals[first], let b = intervals[second] else { continue }
                    #expect(
                        a.end <= b.start || b.end <= a.start,
                        "\(unit) served \(first) and \(second) at once")
                }
            }
        }
    }
}
