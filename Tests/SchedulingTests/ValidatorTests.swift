import Foundation
import Testing
@testable import Scheduling

@Suite("Schedule validator")
struct ValidatorTests {
    private func solved(_ file: String) async throws -> (SchedulingProblem, Schedule) {
        let problem = try TestData.load(TestData.problems.appendingPathComponent(file))
        let result = await ScheduleSolver().solve(problem, options: ScheduleSolverOptions(timeLimit: 30))
        return (problem, try #require(result.schedule))
    }

    @Test("A precedence broken by starting a successor early is reported")
    func precedence() async throws {
        let (problem, schedule) = try await solved("j301_1.sm")
        var broken = schedule
        let arc = try #require(problem.precedences.first { problem.activities[$0.predecessor].modes[0].duration > 0 })
        broken.starts[arc.successor] = broken.starts[arc.predecessor]
        #expect(ScheduleValidator.violations(of: broken, in: problem).contains { $0.hasPrefix("precedence") })
    }

    @Test("Overlapping operations on one machine exceed its capacity")
    func capacity() async throws {
        let (problem, schedule) = try await solved("ft06.txt")
        var broken = schedule
        let machine = try #require(problem.activities[0].jobShopOperation?.machine)
        let other = try #require(problem.activities.indices.first {
            $0 != 0 && problem.activities[$0].jobShopOperation?.machine == machine
        })
        broken.starts[other] = broken.starts[0]
        let violations = ScheduleValidator.violations(of: broken, in: problem)
        #expect(violations.contains { $0.contains("exceeds capacity") })
    }

    @Test("Budgets, maximum lags, release dates, deadlines and mode indices are checked")
    func generalised() async throws {
        let (problem, schedule) = try await solved("workshop.yaml")
        let index = { (name: String) in problem.activities.firstIndex { $0.name == name } ?? -1 }
        var expensive = schedule
        for activity in problem.activities.indices { expensive.modes[activity] = problem.activities[activity].modes.count - 1 }
        #expect(ScheduleValidator.violations(of: expensive, in: problem).contains { $0.contains("budget") })
        var late = schedule
        late.starts[index("weld")] += 10
        let lateViolations = ScheduleValidator.violations(of: late, in: problem)
        #expect(lateViolations.contains { $0.contains("maximum lag") })
        #expect(lateViolations.contains { $0.contains("deadline") })
        var early = schedule
        early.starts[index("lift")] = 0
        #expect(ScheduleValidator.violations(of: early, in: problem).contains { $0.contains("release date") })
        var noMode = schedule
        noMode.modes[0] = 7
        #expect(!ScheduleValidator.violations(of: noMode, in: problem).isEmpty)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
    }
}
