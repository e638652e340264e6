import GLPK
import Optimization
import Synchronization
import TestSupport
import Testing

@Suite struct GLPKSolverTests {
    let solver = GLPKSolver()

    @Test(arguments: SolveOptions.LPMethod.allCases)
    func linearProgramReachesThePublishedOptimum(method: SolveOptions.LPMethod) async throws {
        let model = try ExampleModels.wyndorGlass()
        var options = SolveOptions()
        options.lpMethod = method
        let solution = try await solver.solve(model, options: options)
        #expect(solution.status == .optimal)
        let objective = try #require(solution.objective)
        #expect(abs(objective - 36) < 1e-6)
        #expect(abs(model.objectiveValue(at: solution.values) - objective) < 1e-6)
        #expect(try model.maximumViolation(at: solution.values) < 1e-7)
        // Duals of an optimal LP price the objective: Σ dual_i · rhs_i = objective.
        let duals = try #require(solution.duals)
        let rightHandSides = model.rowBounds.compactMap(\.upper)
        let dualObjective = zip(duals, rightHandSides).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(abs(dualObjective - objective) < 1e-6)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func knapsackMatchesDynamicProgramming(seed: UInt64) async throws {
        let (model, weights, values, capacity) = try ExampleModels.knapsack(items: 30, seed: seed)
        let solution = try await solver.solve(model, options: SolveOptions())
        #expect(solution.status == .optimal)
        let optimum = ExampleModels.knapsackOptimum(
            weights: weights, values: values, capacity: capacity)
        #expect(solution.objective == optimum)
        #expect(solution.bound == optimum)
        #expect(try model.maximumViolation(at: solution.values) < 1e-9)
    }

    @Test func infeasibleAndUnboundedAreOutcomes() async throws {
        var infeasible = LinearModel()
        let x = try infeasible.addVariable("x", kind: .integer, upperBound: 10)
        try infeasible.addConstraint(LinearExpression(x), .greaterOrEqual(11))
        #expect(try await solver.solve(infeasible, options: SolveOptions()).status == .infeasible)

        var unbounded = LinearModel()
        let y = try unbounded.addVariable("y")
        try unbounded.addConstraint(LinearExpression(y), .greaterOrEqual(1))
        try unbounded.setObjective(LinearExpression(y), .maximize)
        #expect(try await solver.solve(unbounded, options: SolveOptions()).status == .unbounded)
    }

    /// An equality knapsack (subset sum with values): rounding finds no solution, so the
    /// first incumbent must be the injected one; stopping there returns exactly it.
    @Test func warmStartBecomesTheFirstIncumbent() async throws {
        var generator = SplitMix64(seed: 99)
        let weights = (0..<40).map { _ in Double(generator.next() % 900 + 100) }
        let values = (0..<40).map { _ in Double(generator.next() % 60 + 1) }
        let start = (0..<40).map { _ in Double(generator.next() % 2) }
        var model = LinearModel(name: "subset")
        for item in weights.indices {
            try model.addVariable("take\(item)", kind: .binary, objective: values[item])
        }
        let target = zip(weights, start).reduce(0) { $0 + $1.0 * $1.1 }
        try model.addConstraint(
            variables: weights.indices, coefficients: weights, .equal(target), name: "weight")
        try model.setObjective(
            LinearExpression(terms: weights.indices.map { .init(VariableID($0), values[$0]) }),
            .maximize)
        let incumbents = Mutex<[Double]>([])
        var options = SolveOptions()
        options.warmStart = start
        options.progress = { progress in
            guard let incumbent = progress.incumbent else { return .proceed }
            incumbents.withLock { $0.append(incumbent) }
            return .stop
        }
        let solution = try await solver.solve(model, options: options)
        #expect(incumbents.withLock { $0 } == [model.objectiveValue(at: start)])
        #expect(solution.status == .feasible)
        #expect(solution.values == start)
        #expect(solution.limitReached)
    }

    @Test func warmStartThatBreaksAConstraintIsRefused() async throws {
        let (model, weights, _, _) = try ExampleModels.knapsack(items: 10, seed: 3)
        var options = SolveOptions()
        options.warmStart = [Double](repeating: 1, count: weights.count)
        await #expect(throws: GLPKError.self) { try await solver.solve(model, options: options) }
    }

    @Test func progressCanStopTheSearch() async throws {
        let (model, _, _, _) = try ExampleModels.knapsack(items: 60, seed: 11)
        var options = SolveOptions()
        options.cuts = []
        options.presolve = false
        options.progress = { progress in progress.nodeCount >= 3 ? .stop : .proceed }
        let solution = try await solver.solve(model, options: options)
        #expect(solution.limitReached)
        #expect(solution.statistics.branchAndBoundNodes >= 3)
        #expect(solution.status == .feasible || solution.status == .unknown)
        if let objective = solution.objective, let bound = solution.bound {
            #expect(bound >= objective - 1e-9)
        }
    }

    @Test("an observer sees the search's progress and the search still reaches its optimum")
    func observerWatchesWithoutSteering() async throws {
        let (model, _, _, _) = try ExampleModels.knapsack(items: 60, seed: 11)
        let reports = Mutex<[SolverProgress]>([])
        var options = SolveOptions()
        options.observer = { progress in reports.withLock { $0.append(progress) } }
        let solution = try await solver.solve(model, options: options)
        let plain = try await solver.solve(model, options: SolveOptions())
        #expect(solution.status == .optimal)
        #expect(solution.objective == plain.objective)
        let seen = reports.withLock { $0 }
        #expect(!seen.isEmpty)
        #expect(seen.contains { $0.incumbent != nil })
    }

    struct CallbackFailure: Error, Equatable {}

    @Test func errorThrownInTheCallbackIsRethrown() async throws {
        let (model, _, _, _) = try ExampleModels.knapsack(items: 60, seed: 5)
        var options = SolveOptions()
        options.cuts = []
        options.progress = { _ in throw CallbackFailure() }
        await #expect(throws: CallbackFailure.self) {
            try await solver.solve(model, options: options)
        }
    }

    @Test func logReceivesSolverOutputOnlyWhenAsked() async throws {
        let lines = Mutex<[String]>([])
        var options = SolveOptions()
        options.log = { line in lines.withLock { $0.append(line) } }
        _ = try await solver.solve(try ExampleModels.wyndorGlass(), options: options)
        #expect(lines.withLock { $0.contains { $0.contains("OPTIMAL") } })
    }

    @Test func manyModelsSolveConcurrentlyOnTheirOwnThreads() async throws {
        let seeds = (1...48).map(UInt64.init)
        let results = try await withThrowingTaskGroup(of: (Double?, Double).self) { group in
            for seed in seeds {
                group.addTask {
                    let (model, weights, values, capacity) = try ExampleModels.knapsack(
                        items: 25, seed: seed)
                    let solution = try await GLPKSolver().solve(model, options: SolveOptions())
                    return (
                        solution.objective,
                        ExampleModels.knapsackOptimum(
                            weights: weights, values: values, capacity: capacity)
                    )
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == seeds.count)
        for (objective, optimum) in results { #expect(objective == optimum) }
    }
}
