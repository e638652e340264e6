import Foundation

/// The `werk` executable built next to the test bundle, for tests that must signal or kill
/// the executor's process.
enum WerkBinary {
    /// Its path: the directory of the running test binary holds the package's products.
    static var path: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // The test bundle may be a directory (`….xctest/…`) rather than a single file.
        while directory.path != "/"
            && !FileManager.default.fileExists(
                atPath: directory.appendingPathComponent("werk").path)
        {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("werk").path
    }

    /// Starts `werk` with `arguments`; output goes to `logPath`.
    static func start(_ arguments: [String], logPath: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = log
        process.standardError = log
        try process.run()
        return process
    }

    /// Runs `werk` with `arguments` to the end; returns its exit status.
    static func run(_ arguments: [String], logPath: String) throws -> Int32 {
        let process = try start(arguments, logPath: logPath)
        process.waitUntilExit()
        return process.terminationStatus
    }
}
