import ArgumentParser

/// `--memory-limit`: the memory limit, in MiB (2^20 bytes), of every command that can measure
/// its memory. The search stops on reaching it.
struct MemoryLimitOption: ParsableArguments {
    @Option(
        name: .customLong("memory-limit"),
        help: ArgumentHelp(
            "Memory limit in MiB; the search stops on reaching it.", valueName: "MiB"))
    var mebibytes: Int?

    func validate() throws {
        if let mebibytes, mebibytes <= 0 {
            throw ValidationError("--memory-limit must be a positive number of MiB")
        }
    }

    /// The limit in bytes; limits beyond `Int.max` bytes are cut to it.
    var bytes: Int? {
        mebibytes.map { $0 > Int.max >> 20 ? Int.max : $0 << 20 }
    }
}
