import ArgumentParser

/// `--kill-grace`: how long a step that is stopped (interrupt, timeout) gets between SIGTERM
/// and SIGKILL (`werk run`, and the Snakemake wrapper `werk export` writes).
struct KillGraceOption: ParsableArguments {
    @Option(
        name: .customLong("kill-grace"),
        help: ArgumentHelp(
            "Seconds between SIGTERM and SIGKILL when a step is stopped or times out.",
            valueName: "seconds"))
    var seconds: Double = 5

    func validate() throws {
        guard seconds >= 0, seconds.isFinite else {
            throw ValidationError("--kill-grace must be a number of seconds, 0 or more")
        }
    }
}
