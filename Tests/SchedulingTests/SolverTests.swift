import Foundation
import GLPK
import Optimization
import Testing

@testable import Scheduling

@Suite("Heuristics and exact search")
struct SolverTests {
    private func solve(_ problem: SchedulingProblem, seconds: Double = 60) async -> ScheduleResult {
        await ScheduleSolver().solve(problem, options: ScheduleSolverOptions(timeLimit: seconds))
    }

    @Test("Heuristic schedules of every example are valid")
    func heuristicsValid() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestData.problems.path)
        for file in files {
            let problem = try TestData.load(TestData.problems.appendingPathComponent(file))
            let heuristic = HeuristicScheduler(network: ProjectNetwork(problem))
            heuristic.run(passes: 30, until: .now + .seconds(30))
            let schedule = try #require(heuristic.best, "\(file)")
            #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty, "\(file)")
        }
    }

    @Test("Plateau search from an incumbent keeps it valid, never worse, never below the optimum")
    func improvementKeepsIncumbent() throws {
        let problem = try TestData.benchmark("rcpsp/j60/j6046_8.sm")
        let optimum = try TestData.knownOptimum("j6046_8", boundsFile: "rcpsp/j60_bounds.csv")
        let heuristic = HeuristicScheduler(network: ProjectNetwork(problem))
        heuristic.run(passes: 20, until: .now + .seconds(30))
        let start = heuristic.bestValue
        let built = heuristic.schedulesBuilt
        heuristic.improve(until: .now + .milliseconds(500))
        let schedule = try #require(heuristic.best)
        #expect(heuristic.schedulesBuilt > built)
        #expect(heuristic.bestValue <= start)
        #expect(heuristic.bestValue >= optimum)
        #expect(problem.objectiveValue(of: schedule) == heuristic.bestValue)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
    }

    @Test("Forward-backward improvement never lengthens a serial schedule")
    func forwardBackward() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("j301_1.sm"))
        let network = ProjectNetwork(problem)
        let generator = SerialScheduleGenerator(network: network)
        let modes = [Int](repeating: 0, count: network.activityCount)
        let priority = (0..<network.activityCount).map { Double(network.activityCount - $0) }
        let starts = generator.schedule(priority: priority, modes: modes)
        let improvement = ForwardBackwardImprovement(generator: generator)
        let improved = improvement.improve(starts: starts, modes: modes)
        #expect(improvement.makespan(improved, modes) <= improvement.makespan(starts, modes))
        #expect(
            ScheduleValidator.violations(of: Schedule(modes: modes, starts: improved), in: problem)
                .isEmpty)
    }

    @Test("Known optima of the bundled examples are reached and proven")
    func bundledOptima() async throws {
        // Published optima: j301_1 43 (PSPLIB j30opt.sm), j1010_1 17 (j10opt.mm),
        // pat1 19 (Patterson set), ft06 55 (Fisher & Thompson).
        for (file, optimum) in [
            ("j301_1.sm", 43), ("j1010_1.mm", 17), ("pat1.rcp", 19), ("ft06.txt", 55),
        ] {
            let problem = try TestData.load(TestData.problems.appendingPathComponent(file))
            let result = await solve(problem)
            #expect(result.status == .optimal, "\(file)")
            #expect(result.objective == optimum, "\(file)")
            let schedule = try #require(result.schedule)
            #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        }
    }

    @Test(
        "Branch-and-bound matches published j30 and job-shop optima",
        arguments: [
            "rcpsp/j30/j301_2.sm", "rcpsp/j30/j3017_3.sm", "rcpsp/j30/j3033_1.sm", "jssp/la05.txt",
            "jssp/la10.txt",
        ])
    func publishedOptima(path: String) async throws {
        let problem = try TestData.benchmark(path)
        let instance = problem.name
        let boundsFile = path.hasPrefix("jssp") ? "jssp/bounds.csv" : "rcpsp/j30_bounds.csv"
        let optimum = try TestData.knownOptimum(instance, boundsFile: boundsFile)
        let result = await solve(problem)
        #expect(result.status == .optimal)
        #expect(result.objective == optimum)
    }

    @Test("Delaying-alternatives and constraint branch-and-bound agree on small projects")
    func exactSearchesAgree() throws {
        for file in ["j301_1.sm", "pat1.rcp"] {
            let network = ProjectNetwork(
                try TestData.load(TestData.problems.appendingPathComponent(file)))
            #expect(DelayingAlternativesBranchAndBound.applies(to: network))
            let lower = LowerBounds.makespan(network: network)
            let first = DelayingAlternativesBranchAndBound(network: network)
                .solve(incumbent: nil, lowerBound: lower, until: .now + .seconds(120))
            let second = ConstraintBranchAndBound(network: network)
                .solve(incumbent: nil, lowerBound: lower, until: .now + .seconds(120))
            #expect(first.isComplete && second.isComplete)
            #expect(first.value != nil && first.value == second.value, "\(file)")
        }
    }

    @Test("Maximum lags, release dates, deadlines and budgets hold in the YAML example")
    func generalisedConstraints() async throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("workshop.yaml"))
        let result = await solve(problem)
        #expect(result.status == .optimal)
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        // Tightening the deadline of "weld" below the optimum's finish makes the optimum longer or infeasible.
        var tighter = problem
        let weld = try #require(problem.activities.firstIndex { $0.name == "weld" })
        tighter.activities[weld].deadline = 1
        let impossible = await solve(tighter)
        #expect(impossible.status == .infeasible)
    }

    @Test("Tardiness and cost objectives are optimised and match the MILP through GLPK")
    func otherObjectives() async throws {
        for file in ["orders.json", "crew-cost.yaml"] {
            let problem = try TestData.load(TestData.problems.appendingPathComponent(file))
            let result = await solve(problem)
            #expect(result.status == .optimal, "\(file)")
            let formulation = TimeIndexedFormulation(problem: problem)
            let solution = try await GLPKSolver().solve(try formulation.model(), options: .init())
            #expect(solution.status == .optimal)
            let objective = try #require(solution.objective)
            #expect(Int(objective.rounded()) == result.objective, "\(file)")
            let decoded = try #require(formulation.schedule(from: solution.values))
            #expect(ScheduleValidator.violations(of: decoded, in: problem).isEmpty)
        }
    }

    @Test("The time-indexed MILP through GLPK reaches the same makespan, warm-started")
    func milpMakespan() async throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("j1010_1.mm"))
        let exact = await solve(problem)
        let schedule = try #require(exact.schedule)
        let formulation = TimeIndexedFormulation(
            problem: problem, horizon: schedule.makespan(in: problem) + 3)
        let model = try formulation.model()
        var options = SolveOptions()
        options.warmStart = formulation.values(for: schedule, in: model)
        #expect(options.warmStart != nil)
        let solution = try await GLPKSolver().solve(model, options: options)
        #expect(solution.status == .optimal)
        #expect(solution.objective.map { Int($0.rounded()) } == exact.objective)
        let relaxation = try await GLPKSolver().solve(
            try formulation.model(relaxed: true), options: .init())
        #expect((relaxation.objective ?? .infinity) <= Double(exact.objective ?? 0) + 1e-6)
    }
}
