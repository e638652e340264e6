import Foundation
import Testing
@testable import Scheduling

@Suite("Schedule outputs")
struct OutputTests {
    @Test("JSON report: PSPLIB ids and 1-based modes; job-shop job, operation, machine")
    func report() async throws {
        let psplib = try TestData.load(TestData.problems.appendingPathComponent("j1010_1.mm"))
        let result = await ScheduleSolver().solve(psplib, options: ScheduleSolverOptions(timeLimit: 30))
        let json = try JSONSerialization.jsonObject(with: ScheduleReport(problem: psplib, result: result).jsonData())
        let document = try #require(json as? [String: Any])
        #expect(document["status"] as? String == "optimal")
        #expect(document["makespan"] as? Int == result.objective)
        #expect(document["bound"] as? Int == result.bound)
        let activities = try #require(document["activities"] as? [[String: Any]])
        #expect(activities.count == 12)
        #expect(activities.first?["id"] as? String == "1")
        #expect(activities.allSatisfy { ($0["mode"] as? Int ?? 0) >= 1 })

        let shop = try TestData.load(TestData.problems.appendingPathComponent("ft06.txt"))
        let shopResult = await ScheduleSolver().solve(shop, options: ScheduleSolverOptions(timeLimit: 30))
        let shopJSON = try JSONSerialization.jsonObject(with: ScheduleReport(problem: shop, result: shopResult).jsonData())
        let shopActivities = try #require((shopJSON as? [String: Any])?["activities"] as? [[String: Any]])
        let first = try #require(shopActivities.first)
        #expect(first["job"] as? Int == 0 && first["operation"] as? Int == 0 && first["machine"] as? Int == 2)
    }

    @Test("CSV has a header and one row per activity; the Gantt chart is well-formed SVG")
    func csvAndGantt() async throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("workshop.yaml"))
        let result = await ScheduleSolver().solve(problem, options: ScheduleSolverOptions(timeLimit: 30))
        let schedule = try #require(result.schedule)
        let csv = ScheduleCSV.text(problem: problem, schedule: schedule)
        #expect(csv.split(separator: "\n").count == problem.activities.count + 1)
        let svg = GanttChart(problem: problem, schedule: schedule).svg()
        #expect(svg.hasPrefix("<svg"))
        // One bar per activity with a duration, and one capacity line per renewable resource.
        #expect(svg.components(separatedBy: "<title>").count - 1 == problem.activities.count)
        #expect(svg.components(separatedBy: "stroke-dasharray").count - 1 == 2)
        #expect(!svg.contains("=\"\"") && !svg.contains("\"\""))
    }
}
