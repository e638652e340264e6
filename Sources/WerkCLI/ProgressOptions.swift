import ArgumentParser

/// `-q/--quiet`: the option of every command that reports progress on standard error.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Do not report progress on standard error.")
    var quiet = false

    /// The progress line of `command`, silent with `--quiet`.
    func line(command: String, limit: Double?) -> ProgressLine {
        ProgressLine(command: command, limit: limit, quiet: quiet)
    }
}
