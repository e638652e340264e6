/// Whole time units for the scheduler, which works on integers: the smallest factor among
/// 1, 10, 100 and 1000 that turns every duration into a whole number of ticks. Durations
/// finer than a thousandth are rounded up, so a schedule never runs a step shorter than
/// planned.
public struct TimeScale: Sendable, Hashable {
    /// Ticks per time unit of the scenario.
    public let ticksPerUnit: Int

    /// The coarsest scale that represents every value of `durations` exactly, if any does.
    public init(fitting durations: [Double]) {
        let factors = [1, 10, 100, 1000]
        ticksPerUnit =
            factors.first { factor in
                durations.allSatisfy { duration in
                    let scaled = duration * Double(factor)
                    return abs(scaled - scaled.rounded()) < 1e-9 * max(1, scaled)
                }
            } ?? 1000
    }

    /// `duration` in ticks (rounded up when finer than a tick); `Int.max` for a duration
    /// beyond `Int` (callers range-check durations first, see
    /// ``StepDurations/maximumDuration``), 0 for one that is not a number.
    public func ticks(_ duration: Double) -> Int {
        let scaled = duration * Double(ticksPerUnit)
        let nearest = scaled.rounded()
        let rounded = abs(scaled - nearest) < 1e-9 * max(1, scaled) ? nearest : scaled.rounded(.up)
        guard !rounded.isNaN else { return 0 }
        return Int(exactly: rounded) ?? (rounded > 0 ? Int.max : Int.min)
    }

    /// A number of ticks in the scenario's time unit.
    public func time(_ ticks: Int) -> Double { Double(ticks) / Double(ticksPerUnit) }
}
