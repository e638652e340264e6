import Foundation
import Synchronization
import Testing

@testable import Scheduling

/// ``ScheduleSolverOptions/stopRequested``: a stop asked for from the start ends every phase
/// as its time limit would, and the solver still returns the valid schedule its priority rules
/// built, with phases reported to ``ScheduleSolverOptions/progress``.
@Suite struct StopRequestTests {
    @Test(arguments: ["rcpsp/j60/j6046_8.sm", "jssp/abz5.txt"])
    func stopFromTheStartKeepsTheFirstSchedule(instance: String) async throws {
        let problem = try TestData.benchmark(instance)
        let phases = PhaseLog()
        var options = ScheduleSolverOptions(timeLimit: 3600, stopRequested: { true })
        options.progress = { phases.append($0.phase) }
        let result = await ScheduleSolver().solve(problem, options: options)
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        #expect(result.status == .feasible || result.status == .optimal)
        #expect(phases.names.first == "heuristics")
    }
}

/// The phases a solve reported, from whichever thread reported them.
private final class PhaseLog: Sendable {
    private let list = Mutex<[String]>([])

    func append(_ name: String) { list.withLock { $0.append(name) } }

    var names: [String] { list.withLock { $0 } }
}
