import PDDL
import Testing

@testable import Pipeline

/// The step ids of `werk solve`: numbered, named after the action, unique and stable.
@Suite struct StepIDsTests {
    @Test func numberedAndNamedAfterTheAction() {
        let steps = [
            PlanStep(actionName: "prepare", arguments: ["lasagne"]),
            PlanStep(actionName: "Bake_Dish", arguments: ["lasagne", "oven-1"]),
            PlanStep(actionName: "prepare", arguments: ["lasagne"]),
        ]
        let ids = StepIDs.ids(of: steps)
        #expect(
            ids == ["s01-prepare-lasagne", "s02-bake-dish-lasagne-oven-1", "s03-prepare-lasagne"])
        #expect(StepIDs.ids(of: steps) == ids)
    }

    @Test func paddedToTheLargestNumber() {
        let ids = StepIDs.ids(
            of: Array(repeating: PlanStep(actionName: "a", arguments: []), count: 120))
        #expect(ids.first == "s001-a")
        #expect(ids.last == "s120-a")
        #expect(Set(ids).count == 120)
    }

    @Test func longActionsAreCutAtADash() {
        let step = PlanStep(
            actionName: "transport-package-by-truck",
            arguments: ["package-number-one", "warehouse-north", "city-centre"])
        let id = StepIDs.ids(of: [step])[0]
        #expect(id == "s01-transport-package-by-truck-package")
        #expect(id.count <= 4 + StepIDs.maximumWords)
    }
}
