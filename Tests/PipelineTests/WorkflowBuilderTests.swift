import PDDL
import Pipeline
import Scheduling
import Testing
import Workflow

@Suite struct WorkflowBuilderTests {
    private static func step(
        _ id: String, start: Double, duration: Double, resources: [String: Int] = [:],
        units: [String: [String]] = [:], after: [String] = [], startAfter: [String] = []
    ) -> SolvedStep {
        SolvedStep(
            id: id, action: PlanStep(actionName: id, arguments: []), start: start,
            duration: duration, resources: resources, units: units, command: [id, "--now"],
            after: after, startAfter: startAfter)
    }

    /// One workflow step per solved step, with its id, command, predecessors, resources,
    /// units and its start and duration as planned times; capacities of renewable resources.
    @Test func stepsCarryTheirRecords() {
        let steps = [
            Self.step("mix", start: 0, duration: 1, resources: ["oven": 1]),
            Self.step(
                "heat", start: 0, duration: 2, resources: ["welder": 1],
                units: ["welder": ["ben"]]),
            Self.step(
                "bake", start: 2, duration: 0.5, after: ["mix"], startAfter: ["heat"]),
        ]
        let workflow = WorkflowBuilder.workflow(
            name: "bake", steps: steps,
            resources: [
                Resource(name: "oven", capacity: 2),
                Resource(
                    name: "welder", capacity: 2,
                    units: [ResourceUnit(name: "ana"), ResourceUnit(name: "ben")]),
                Resource(name: "budget", kind: .nonRenewable, capacity: 9),
            ])
        #expect(workflow.name == "bake")
        #expect(workflow.resources == ["oven": 2, "welder": 2])
        #expect(workflow.steps.map(\.id) == ["mix", "heat", "bake"])
        #expect(
            workflow.steps.map(\.command) == [
                ["mix", "--now"], ["heat", "--now"], ["bake", "--now"],
            ])
        #expect(workflow.steps.map(\.after) == [[], [], ["mix"]])
        #expect(workflow.steps.map(\.startAfter) == [[], [], ["heat"]])
        #expect(workflow.steps.map(\.uses) == [["oven": 1], ["welder": 1], [:]])
        #expect(workflow.steps.map(\.units) == [[:], ["welder": ["ben"]], [:]])
        #expect(workflow.steps[1].unitEnvironment == ["WERK_UNIT_WELDER": "ben"])
        #expect(workflow.steps.map(\.plannedStart) == [0, 0, 2])
        #expect(workflow.steps.map(\.plannedDuration) == [1, 2, 0.5])
    }
}
