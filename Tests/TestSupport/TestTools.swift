public import Foundation

/// The external programs the tests compare against that come from Python (`python3` with
/// `jsonschema` and `yaml`, `snakemake`): from the virtual environment `make test-deps`
/// creates in `.venv-test/` at the repository root, or from the `PATH` when there is none.
public enum TestTools {
    /// `.venv-test` at the repository root.
    public static let virtualEnvironment = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".venv-test")

    /// A process set up to run `tool arguments…`: the virtual environment's `bin/tool` when
    /// it exists, otherwise `tool` looked up on the `PATH` (through `/usr/bin/env`, which exits
    /// 127 when it is not there).
    public static func process(_ tool: String, _ arguments: [String]) -> Process {
        let process = Process()
        let installed = virtualEnvironment.appendingPathComponent("bin/\(tool)")
        if FileManager.default.isExecutableFile(atPath: installed.path) {
            process.executableURL = installed
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [tool] + arguments
        }
        return process
    }
}
