import Pipeline
import Testing

/// Issue #18: `ticks` converted 1e20 minutes with a trap; values beyond `Int` now saturate
/// (``StepDurations`` refuses durations above its limit before they get here).
@Suite struct TimeScaleLimitTests {
    @Test func durationsBeyondIntSaturate() {
        let scale = TimeScale(fitting: [1e20, 1])
        #expect(scale.ticks(1e20) == Int.max)
        #expect(scale.ticks(1e300) == Int.max)
        #expect(scale.ticks(.infinity) == Int.max)
        #expect(scale.ticks(.nan) == 0)
        #expect(scale.ticks(12) == 12)
    }

    @Test func theDurationLimitIsTheSchedulersHorizon() {
        #expect(StepDurations.maximumDuration == 10_000_000)
    }
}
