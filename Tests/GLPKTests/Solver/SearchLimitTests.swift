import GLPK
import Optimization
import Synchronization
import Testing

/// Limits and cancellation stop branch-and-cut and are reported as results.
@Suite struct SearchLimitTests {
    /// min Σ xᵢ s.t. Σ 2·xᵢ = n + 1 over n binaries (n even): infeasible by parity, but
    /// every LP relaxation is feasible, so branch-and-bound has to explore an exponential
    /// tree to prove it. The LP bound is (n + 1) / 2.
    static func parityModel(variables: Int = 60) throws -> LinearModel {
        var model = LinearModel(name: "parity")
        for index in 0..<variables {
            try model.addVariable("x\(index)", kind: .binary, objective: 1)
        }
        try model.addConstraint(
            variables: 0..<variables, coefficients: repeatElement(2.0, count: variables),
            .equal(Double(variables + 1)), name: "odd")
        return model
    }

    static var plainSearch: SolveOptions {
        var options = SolveOptions()
        options.cuts = []
        options.presolve = false
        options.feasibilityPump = false
        return options
    }

    @Test func memoryLimitStopsTheSearch() async throws {
        var options = Self.plainSearch
        options.memoryLimit = 1
        let solution = try await GLPKSolver().solve(try Self.parityModel(), options: options)
        #expect(solution.limitReached)
        #expect(solution.status == .unknown)
    }

    @Test func cancellingTheTaskStopsTheSearch() async throws {
        let nodes = Mutex(0)
        var options = Self.plainSearch
        options.progress = { progress in
            nodes.withLock { $0 = progress.nodeCount }
            return .proceed
        }
        let model = try Self.parityModel()
        let task = Task { try await GLPKSolver().solve(model, options: options) }
        while nodes.withLock({ $0 }) < 20 { try await Task.sleep(for: .milliseconds(5)) }
        task.cancel()
        let solution = try await task.value
        #expect(solution.limitReached)
        #expect(solution.status == .unknown)
        #expect(solution.statistics.branchAndBoundNodes >= 20)
    }

    @Test func boundIsReportedWhenTheSearchStops() async throws {
        var options = Self.plainSearch
        options.progress = { progress in progress.nodeCount >= 50 ? .stop : .proceed }
        let solution = try await GLPKSolver().solve(try Self.parityModel(), options: options)
        #expect(solution.limitReached)
        #expect(solution.status == .unknown)
        // Every open node's LP has value (n + 1) / 2 = 30.5; the objective takes only
        // integer values, so GLPK proves its ceiling.
        let bound = try #require(solution.bound)
        #expect(bound == (30.5).rounded(.up))
    }
}
