import ArgumentParser
import Foundation

/// `-j/--jobs`: how many steps of a workflow may run at once (`werk run`, `werk solve --run`).
struct JobsOption: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help:
            "The most steps running at once when the workflow runs (default: the number of processors)."
    )
    var jobs: Int?

    /// The number asked for, else the number of processors.
    var count: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}
