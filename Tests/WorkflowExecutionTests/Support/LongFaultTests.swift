import Foundation

/// The switch for the long fault tests (minutes each): `WERK_LONG_FAULT_TESTS=1`. Without
/// it those tests run a smaller variant, or are skipped, so the default suite stays fast.
enum LongFaultTests {
    /// The environment variable that turns the long variants on.
    static let variable = "WERK_LONG_FAULT_TESTS"

    /// Whether the long variants run.
    static let enabled = ProcessInfo.processInfo.environment[variable] == "1"
}
