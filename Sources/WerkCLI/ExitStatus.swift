public import ArgumentParser

/// The exit status of every `werk` command (README.md, "What it does").
public enum ExitStatus: Int32, Sendable {
    /// A solution or result was produced.
    case success = 0
    /// Proven that none exists: unsolvable task, infeasible model.
    case proven = 1
    /// Bad input or usage.
    case badInput = 2
    /// A limit (time, memory) was reached before any solution.
    case limitReached = 3
    /// A workflow run finished with failed steps.
    case failedSteps = 4
    /// A result failed its own check: a bug in Werkvloei, reported instead of printed
    /// (EX_SOFTWARE of sysexits.h).
    case internalError = 70

    /// The error that ends the command with this status and prints nothing more.
    public var exitCode: ExitCode { ExitCode(rawValue) }
}
