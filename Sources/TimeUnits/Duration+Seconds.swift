extension Duration {
    /// The duration in seconds, for time limits and reports.
    public var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}

extension Duration {
    /// The longest time limit taken literally: 10^9 s (about 32 years). Longer limits, which
    /// no run reaches, are cut to it so that no conversion to an integer overflows.
    public static let longestLimit = Duration.seconds(1_000_000_000)

    /// A time limit of `seconds`, clamped to `0 ... longestLimit` (`NaN` counts as 0).
    public static func limit(seconds: Double) -> Duration {
        guard seconds > 0 else { return .zero }
        guard seconds < longestLimit.seconds else { return longestLimit }
        return .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }
}
