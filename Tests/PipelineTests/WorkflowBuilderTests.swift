import PartialOrderPlanning
import Pipeline
import PlanningTask
import Scheduling
import Testing
import Workflow

@Suite struct WorkflowBuilderTests {
    /// One step per plan step, waiting for the steps ordered before it, holding the units of
    /// the mode the schedule chose, at the schedule's start times converted to seconds.
    @Test func stepsFollowThePlanAndTheSchedule() {
        let plan = PartialOrderPlan(
            steps: (0..<3).map { OperatorID(rawValue: $0) },
            orderings: [Ordering(before: 1, after: 2), Ordering(before: 0, after: 2)])
        let project = SchedulingProblem(
            name: "bake",
            activities: [
                Activity(name: "mix", modes: [Mode(duration: 2, demands: [1, 0])]),
                Activity(
                    name: "heat",
                    modes: [
                        Mode(duration: 1, demands: [0, 1]), Mode(duration: 4, demands: [2, 0]),
                    ]),
                Activity(name: "bake", modes: [Mode(duration: 1, demands: [0, 0])]),
            ],
            resources: [Resource(name: "oven", capacity: 2), Resource(name: "cook", capacity: 1)],
            precedences: [])
        let workflow = WorkflowBuilder.workflow(
            name: "bake", plan: plan, project: project,
            schedule: Schedule(modes: [0, 1, 0], starts: [0, 0, 4]),
            commands: [["mix"], ["heat", "--hot"], ["bake"]], secondsPerTick: 0.5)
        #expect(workflow.name == "bake")
        #expect(workflow.resources == ["oven": 2, "cook": 1])
        #expect(workflow.steps.map(\.id) == ["mix", "heat", "bake"])
        #expect(workflow.steps.map(\.command) == [["mix"], ["heat", "--hot"], ["bake"]])
        #expect(workflow.steps.map(\.after) == [[], [], ["mix", "heat"]])
        #expect(workflow.steps.map(\.uses) == [["oven": 1], ["oven": 2], [:]])
        #expect(workflow.steps.map(\.plannedStart) == [0, 0, 2])
        #expect(workflow.steps.map(\.plannedDuration) == [1, 2, 0.5])
    }

    /// With an allocation, each step names the units it holds.
    @Test func stepsNameTheirUnits() {
        let plan = PartialOrderPlan(steps: (0..<2).map { OperatorID(rawValue: $0) }, orderings: [])
        let project = SchedulingProblem(
            name: "weld",
            activities: [
                Activity(name: "a", modes: [Mode(duration: 2, demands: [1])]),
                Activity(name: "b", modes: [Mode(duration: 2, demands: [0])]),
            ],
            resources: [
                Resource(
                    name: "welder", capacity: 2,
                    units: [ResourceUnit(name: "ana"), ResourceUnit(name: "ben")])
            ],
            precedences: [])
        let allocation = UnitAllocation(assignments: [
            [UnitAllocation.Assignment(resource: 0, units: [1])], [],
        ])
        let workflow = WorkflowBuilder.workflow(
            name: "weld", plan: plan, project: project,
            schedule: Schedule(modes: [0, 0], starts: [0, 0]), allocation: allocation,
            commands: [["a"], ["b"]], secondsPerTick: 1)
        #expect(workflow.steps.map(\.units) == [["welder": ["ben"]], [:]])
        #expect(workflow.steps[0].unitEnvironment == ["WERK_UNIT_WELDER": "ben"])
    }
}
