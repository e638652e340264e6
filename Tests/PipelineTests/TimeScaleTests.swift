import Pipeline
import Testing

@Suite struct TimeScaleTests {
    @Test func wholeDurationsKeepTheScenarioUnit() {
        let scale = TimeScale(fitting: [1, 12, 0])
        #expect(scale.ticksPerUnit == 1)
        #expect(scale.ticks(12) == 12)
    }

    @Test func fractionalDurationsRefineTheUnit() {
        let scale = TimeScale(fitting: [1.5, 2, 0.25])
        #expect(scale.ticksPerUnit == 100)
        #expect(scale.ticks(1.5) == 150 && scale.ticks(0.25) == 25)
        #expect(scale.time(150) == 1.5)
    }

    @Test func durationsFinerThanAThousandthAreRoundedUp() {
        let scale = TimeScale(fitting: [0.0004, 1])
        #expect(scale.ticksPerUnit == 1000)
        #expect(scale.ticks(0.0004) == 1)
    }
}
