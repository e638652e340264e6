public import Foundation

/// Runs the `werk` executable of this build (`swift build --build-tests` builds it beside
/// the test binary), for end-to-end tests of the command line.
public enum WerkProcess {
    /// What a run printed and how it ended.
    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
        public var error: String
    }

    /// The path of the `werk` binary: found by walking up from the running test binary
    /// (which may sit inside a `.xctest` bundle directory) to the folder of the products.
    public static let path: String = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        while directory.path != "/"
            && !FileManager.default.isExecutableFile(
                atPath: directory.appendingPathComponent("werk").path)
        {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("werk").path
    }()

    /// Runs `werk arguments…` to completion, capturing both output streams.
    public static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    /// Starts `werk arguments…` with both output streams going to `logPath`, for tests that
    /// signal or kill it.
    public static func start(_ arguments: [String], logPath: String) throws -> Process {
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

    /// Runs `werk arguments…` to the end with its output in `logPath`; its exit status.
    public static func run(_ arguments: [String], logPath: String) throws -> Int32 {
        let process = try start(arguments, logPath: logPath)
        process.waitUntilExit()
        return process.terminationStatus
    }
}
