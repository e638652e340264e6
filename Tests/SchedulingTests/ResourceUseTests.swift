import Scheduling
import Testing

@Suite struct ResourceUseTests {
    /// An activity holds, by resource name, the units of the mode the schedule chose;
    /// resources it does not use are left out.
    @Test func namesTheUnitsOfTheChosenMode() {
        let problem = SchedulingProblem(
            name: "bake",
            activities: [
                Activity(
                    name: "heat",
                    modes: [
                        Mode(duration: 1, demands: [0, 1]), Mode(duration: 4, demands: [2, 0]),
                    ])
            ],
            resources: [Resource(name: "oven", capacity: 2), Resource(name: "cook", capacity: 1)],
            precedences: [])
        #expect(problem.resourceUse(of: 0, in: Schedule(modes: [0], starts: [0])) == ["cook": 1])
        #expect(problem.resourceUse(of: 0, in: Schedule(modes: [1], starts: [0])) == ["oven": 2])
    }
}
