import Foundation
import Testing

@testable import Scheduling

@Suite("Job-shop tabu search, bounds and portfolio")
struct JobShopTests {
    private func graph(_ problem: SchedulingProblem) throws -> DisjunctiveGraph {
        try #require(DisjunctiveGraph(ProjectNetwork(problem)))
    }

    /// A start selection from the priority-rule heuristics, as the portfolio builds it.
    private func startSelection(_ problem: SchedulingProblem, _ graph: DisjunctiveGraph) throws
        -> MachineSequencing
    {
        let heuristic = HeuristicScheduler(network: ProjectNetwork(problem))
        heuristic.run(passes: 10, until: .now + .seconds(30))
        let schedule = try #require(heuristic.best)
        return try #require(MachineSequencing(graph: graph, schedule: schedule))
    }

    @Test("The disjunctive structure is recognised from the problem, not the file format")
    func structureDetection() throws {
        let shop = try TestData.load(TestData.problems.appendingPathComponent("ft06.txt"))
        let detected = try graph(shop)
        #expect(detected.operationCount == 36)
        #expect(detected.machineMembers.count == 36)
        // The same problem without its job-shop labels, as a YAML file would give it.
        var unlabelled = shop
        for index in unlabelled.activities.indices {
            unlabelled.activities[index].jobShopOperation = nil
        }
        #expect(DisjunctiveGraph(ProjectNetwork(unlabelled)) != nil)
        for file in ["j301_1.sm", "j1010_1.mm", "workshop.yaml", "orders.json"] {
            let problem = try TestData.load(TestData.problems.appendingPathComponent(file))
            #expect(DisjunctiveGraph(ProjectNetwork(problem)) == nil, "\(file)")
        }
        var twoMachines = shop
        twoMachines.activities[0].modes[0].demands[1] = 1
        #expect(DisjunctiveGraph(ProjectNetwork(twoMachines)) == nil)
    }

    @Test("Swapping adjacent critical operations keeps the graph acyclic and the schedule valid")
    func criticalSwapsStayAcyclic() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("ft06.txt"))
        let graph = try graph(problem)
        var selection = try startSelection(problem, graph)
        var random = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let critical = selection.criticalBlocks(in: graph)
            let pairs = critical.blocks.flatMap { block in
                block.dropLast().map { critical.path[$0] }
            }
            let first = try #require(pairs.randomElement(using: &random))
            let second = selection.machineSuccessor(first, in: graph)
            selection.swapWithNext(first)
            let acyclic = selection.evaluate(graph)
            #expect(acyclic)
            #expect(selection.machineSuccessor(second, in: graph) == first)
            let schedule = selection.schedule
            #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
            #expect(schedule.makespan(in: problem) == selection.makespan)
        }
    }

    @Test("Critical blocks form a path as long as the makespan")
    func criticalPathLength() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("ft06.txt"))
        let graph = try graph(problem)
        let selection = try startSelection(problem, graph)
        let critical = selection.criticalBlocks(in: graph)
        let first = try #require(critical.path.first)
        let length = critical.path.reduce(selection.heads[first]) { $0 + graph.duration[$1] }
        #expect(length == selection.makespan)
        #expect(critical.blocks.map(\.count).reduce(0, +) == critical.path.count)
    }

    @Test(
        "Tabu search reaches the published optimum with valid schedules",
        arguments: ["ft06", "la01"])
    func tabuReachesOptimum(instance: String) throws {
        let problem = try TestData.benchmark("jssp/\(instance).txt")
        let optimum = try TestData.knownOptimum(instance, boundsFile: "jssp/bounds.csv")
        let graph = try graph(problem)
        let start = try startSelection(problem, graph)
        let search = JobShopTabuSearch(graph: graph, start: start, seed: 3)
        search.run(until: .now + .seconds(120), target: optimum, rounds: 50)
        #expect(search.best.makespan == optimum)
        #expect(ScheduleValidator.violations(of: search.best.schedule, in: problem).isEmpty)
        #expect(search.best.schedule.makespan(in: problem) == optimum)
    }

    @Test(
        "The one-machine bound never exceeds a published optimum",
        arguments: ["ft06", "ft10", "la02", "la11", "abz5"])
    func oneMachineBoundIsValid(instance: String) throws {
        let problem = try TestData.benchmark("jssp/\(instance).txt")
        let optimum = try TestData.knownOptimum(instance, boundsFile: "jssp/bounds.csv")
        let bound = OneMachineBound.makespan(graph: try graph(problem))
        #expect(bound <= optimum)
        #expect(bound >= LowerBounds.makespan(network: ProjectNetwork(problem)))
    }

    @Test(
        "The portfolio proves published job-shop optima beyond the one-machine bound",
        arguments: ["ft06", "la03"])
    func portfolioProves(instance: String) async throws {
        let problem = try TestData.benchmark("jssp/\(instance).txt")
        let optimum = try TestData.knownOptimum(instance, boundsFile: "jssp/bounds.csv")
        // The root bounds alone do not prove it: the exact search has to.
        #expect(OneMachineBound.makespan(graph: try graph(problem)) < optimum)
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 120))
        #expect(result.status == .optimal)
        #expect(result.objective == optimum)
        #expect(result.bound == optimum)
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
    }

    @Test(
        "A relative gap ends the portfolio once the makespan is close enough to the bound")
    func relativeGapStopsEarly() async throws {
        let problem = try TestData.benchmark("jssp/ft10.txt")
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 120, relativeGap: 0.2))
        let value = try #require(result.objective)
        let bound = try #require(result.bound)
        #expect(Double(value - bound) <= 0.2 * Double(value))
        // The tabu search met the gap, so the exact search never ran.
        #expect(result.statistics.searchNodes == 0)
        #expect(
            result.statistics.foundBy == "tabu-search" || result.statistics.foundBy == "heuristic")
        let schedule = try #require(result.schedule)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
    }
}
