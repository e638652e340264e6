import ArgumentParser

/// `-t/--time-limit`: the wall-clock limit, in seconds, of every command that searches. The
/// search stops there and the best result so far is the result.
struct TimeLimitOption: ParsableArguments {
    @Option(
        name: [.customShort("t"), .customLong("time-limit")],
        help: ArgumentHelp(
            "Wall-clock limit in seconds; the best result found by then is kept.",
            valueName: "seconds"))
    var seconds: Double?

    func validate() throws {
        if let seconds, !(seconds > 0 && seconds.isFinite) {
            throw ValidationError("--time-limit must be a positive number of seconds")
        }
    }
}
