import Foundation
import PDDL
import PartialOrderPlanning
import Pipeline
import Scheduling
import Synchronization
import TestSupport
import Testing
import Workflow
import WorkflowExecution

@Suite struct ScenarioSolverTests {
    @Test(arguments: ["release", "kitchen", "delivery", "lab"])
    func bundledScenarioSolvesIntoAValidScheduleAndARunnableWorkflow(name: String) async throws {
        let scenario = try ScenarioLoader.load(
            contentsOf: "\(scenariosFolder)/\(name)/scenario.yaml")
        let solution = try await ScenarioSolver(scenario: scenario, timeLimit: 30).solve()

        let starts = solution.steps.map(\.start)
        let finishes = solution.steps.map(\.finish)
        #expect(starts == solution.schedule.starts.map(solution.timeScale.time))
        // Every ordering of the partial order is a finish-to-start precedence.
        for ordering in solution.partialOrder.orderings {
            #expect(starts[ordering.after] >= finishes[ordering.before] - 1e-9)
        }
        // No resource above its capacity at any moment (checked at every start time).
        for (resource, entry) in scenario.resources.enumerated() {
            for moment in starts {
                let load = solution.steps.indices.filter {
                    starts[$0] <= moment && moment < finishes[$0]
                }.reduce(0) { total, step in
                    total
                        + scenario.profile(ofAction: solution.steps[step].action.actionName).uses
                        .filter { $0.resource == resource }.reduce(0) { $0 + $1.units }
                }
                #expect(load <= entry.capacity, "\(entry.name) over capacity at \(moment)")
            }
        }
        // Parallel work makes the schedule strictly shorter than the sequential plan.
        #expect(solution.makespan < solution.sequentialDuration)
        #expect(abs(solution.makespan - (finishes.max() ?? 0)) < 1e-9)
        if solution.result.status == .optimal, let bound = solution.bound {
            #expect(abs(bound - solution.makespan) < 1e-9)
        }

        // The workflow keeps the step ids and waits exactly for the ordered predecessors.
        let ids = solution.steps.map(\.id)
        #expect(solution.workflow.steps.map(\.id) == ids)
        #expect(solution.project.activities.map(\.name) == ids)
        for ordering in solution.partialOrder.orderings {
            #expect(solution.workflow.steps[ordering.after].after.contains(ids[ordering.before]))
        }

        // It runs to completion with the local executor.
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-solve-\(name)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try solution.write(to: folder)
        #expect(written.count >= 4)
        let workflow = try WorkflowLoader.load(path: "\(folder)/workflow.json")
        var options = ExecutorOptions(stateDirectory: "\(folder)/.werk", jobs: 4)
        options.progress = .quiet
        let outcome = try WorkflowExecutor(workflow: workflow, options: options).run()
        #expect(outcome.state == .succeeded)
        #expect(outcome.succeeded == solution.steps.count)
    }

    @Test("a stop requested once scheduling has begun keeps the plan and a valid schedule")
    func stopDuringSchedulingKeepsTheBestSchedule() async throws {
        let scenario = try ScenarioLoader.load(
            contentsOf: "\(scenariosFolder)/kitchen/scenario.yaml")
        let scheduling = StopFlag()
        var solver = ScenarioSolver(
            scenario: scenario, timeLimit: 3600, stopRequested: { scheduling.isRaised })
        solver.progress = { report in
            if report.phase.hasPrefix("scheduling") { scheduling.raise() }
        }
        let solution = try await solver.solve()
        #expect(scheduling.isRaised)
        #expect(
            ScheduleValidator.violations(of: solution.schedule, in: solution.project).isEmpty)
    }

    /// The workshop: skills and alternatives are respected, each alternative's duration is
    /// the step's, and the allocation reaches the workflow and its commands.
    @Test func workshopAllocatesUnitsBySkillAndAlternative() async throws {
        let scenario = try ScenarioLoader.load(
            contentsOf: "\(scenariosFolder)/workshop/scenario.yaml")
        let solution = try await ScenarioSolver(scenario: scenario, timeLimit: 30).solve()
        let allocation = try #require(solution.result.allocation)
        #expect(
            AllocationValidator.violations(
                of: allocation, schedule: solution.schedule, in: solution.project
            ).isEmpty)
        #expect(solution.result.status == .optimal)
        for (index, step) in solution.steps.enumerated() {
            let units = allocation.names(of: index, in: solution.project)
            let workflowStep = solution.workflow.steps[index]
            #expect(workflowStep.units == units)
            #expect(step.units == units)
            switch step.action.actionName {
            case "weld-alloy":
                #expect(units == ["welder": ["ana"]])
            case "deburr":
                let expected: [String: Double] = ["ben": 1, "cas": 2]
                #expect(step.duration == expected[units["welder"]?.first ?? ""])
            case "paint":
                let booth = units["booth"]?.first ?? ""
                #expect(workflowStep.command.last?.contains("booth=\(booth) ") == true)
            default:
                break
            }
        }
    }

    @Test func optimalMakespanIsTheTrueOptimumOfThePartialOrder() async throws {
        let folder = try TinyKitchen.write()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scenario = try ScenarioLoader.load(contentsOf: "\(folder)/scenario.yaml")
        let solution = try await ScenarioSolver(scenario: scenario, timeLimit: 30).solve()
        try #require(solution.result.status == .optimal)

        let durations = solution.project.activities.map { $0.modes[0].duration }
        let demands = solution.project.activities.map { $0.modes[0].demands }
        let capacities = solution.project.resources.map(\.capacity)
        let best = BruteForceScheduler(
            durations: durations, demands: demands, capacities: capacities,
            orderings: solution.partialOrder.orderings.map { ($0.before, $0.after) }
        ).optimalMakespan()
        #expect(solution.schedule.makespan(in: solution.project) == best)
    }
}

/// A flag raised from one thread and read from another.
final class StopFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    var isRaised: Bool { raised.load(ordering: .relaxed) }

    func raise() { raised.store(true, ordering: .relaxed) }
}

/// A kitchen with two dishes: small enough to enumerate every schedule of its plan.
enum TinyKitchen {
    static func write() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-tiny-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(scenariosFolder)/kitchen/domain.pddl", toPath: "\(folder)/domain.pddl")
        try """
        (define (problem two-dishes) (:domain kitchen)
          (:objects lasagne steak - dish t1 - table)
          (:init (ordered lasagne t1) (ordered steak t1) (needs-oven lasagne) (needs-stove steak)
                 (= (prep-time lasagne) 4) (= (prep-time steak) 2)
                 (= (cook-time lasagne) 5) (= (cook-time steak) 3))
          (:goal (and (served lasagne t1) (served steak t1))))
        """.write(toFile: "\(folder)/problem.pddl", atomically: true, encoding: .utf8)
        try """
        domain: domain.pddl
        problem: problem.pddl
        resources: {cook: 1, oven: 1, burner: 1}
        actions:
          prepare: {duration: "(prep-time ?d)", uses: {cook: 1}}
          bake: {duration: "(cook-time ?d)", uses: {oven: 1}}
          fry: {duration: "(cook-time ?d)", uses: {burner: 1, cook: 1}}
          plate: {duration: 1, uses: {cook: 1}}
          serve: {duration: 1}
        """.write(toFile: "\(folder)/scenario.yaml", atomically: true, encoding: .utf8)
        return folder
    }
}

/// The optimal makespan of a small project by enumeration: every activity list that
/// respects the precedences, each decoded by the serial schedule-generation scheme. The
/// schedules so obtained are the active schedules, among which one is optimal for the
/// makespan (Kolisch 1996), so their minimum is the true optimum.
struct BruteForceScheduler {
    let durations: [Int]
    let demands: [[Int]]
    let capacities: [Int]
    let orderings: [(Int, Int)]

    func optimalMakespan() -> Int {
        var predecessors = [[Int]](repeating: [], count: durations.count)
        for (before, after) in orderings { predecessors[after].append(before) }
        var best = Int.max
        LinearExtensions.forEach(count: durations.count, orderings: orderings) { list in
            best = min(best, decode(list, predecessors: predecessors))
        }
        return best
    }

    /// Serial SGS: each activity in list order at its earliest precedence- and
    /// resource-feasible start.
    private func decode(_ list: [Int], predecessors: [[Int]]) -> Int {
        let horizon = durations.reduce(0, +) + 1
        var usage = [[Int]](repeating: [Int](repeating: 0, count: horizon), count: capacities.count)
        var finish = [Int](repeating: 0, count: durations.count)
        for activity in list {
            var start = predecessors[activity].map { finish[$0] }.max() ?? 0
            while !(start..<(start + durations[activity])).allSatisfy({ time in
                capacities.indices.allSatisfy {
                    usage[$0][time] + demands[activity][$0] <= capacities[$0]
                }
            }) {
                start += 1
            }
            for time in start..<(start + durations[activity]) {
                for resource in capacities.indices {
                    usage[resource][time] += demands[activity][resource]
                }
            }
            finish[activity] = start + durations[activity]
        }
        return finish.max() ?? 0
    }
}

@Suite struct SolvedStepTests {
    /// The lab's times are in hundredths: the workflow plans each step at exactly the start
    /// and finish `schedule.json` reports, converted once (not tick × 0.01).
    @Test func workflowAndScheduleReportShareEachStepsTimes() async throws {
        let scenario = try ScenarioLoader.load(contentsOf: "\(scenariosFolder)/lab/scenario.yaml")
        let solution = try await ScenarioSolver(scenario: scenario, timeLimit: 30).solve()
        #expect(solution.timeScale.ticksPerUnit > 1)
        let report = StepScheduleReport(solution)
        let workflow = solution.workflow.steps
        #expect(workflow.map(\.plannedStart) == report.activities.map(\.start))
        #expect(
            workflow.map { ($0.plannedStart ?? 0) + ($0.plannedDuration ?? 0) }
                == report.activities.map(\.finish))
        #expect(report.activities.map(\.resources) == solution.steps.map(\.resources))
    }

    /// In start order, ties keep plan order; each step starts no earlier than the one before.
    @Test func stepsInStartOrderAreSortedStably() async throws {
        let folder = try TinyKitchen.write()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scenario = try ScenarioLoader.load(contentsOf: "\(folder)/scenario.yaml")
        let solution = try await ScenarioSolver(scenario: scenario, timeLimit: 30).solve()
        let ordered = solution.stepsInStartOrder
        #expect(Set(ordered.map(\.id)) == Set(solution.steps.map(\.id)))
        let position = Dictionary(
            uniqueKeysWithValues: solution.steps.enumerated().map { ($1.id, $0) })
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            #expect(
                earlier.start < later.start
                    || (earlier.start == later.start
                        && position[earlier.id, default: 0] < position[later.id, default: 0])
            )
        }
    }
}
