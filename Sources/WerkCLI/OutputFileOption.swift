import ArgumentParser

/// `-o/--output`: the file a command writes its result to (`-` for standard output), for
/// the commands whose result is one file.
struct OutputFileOption: ParsableArguments {
    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(
            "Write the result to this file (- for standard output).", valueName: "file"),
        completion: .file())
    var path: String?
}
