public import Foundation

/// What a finished process printed, standard output and standard error together, and how
/// it ended.
public struct ProcessOutput: Sendable {
    /// The exit status, or the signal that ended the process.
    public var status: Int32
    /// Whether the process exited by itself (rather than being killed by a signal).
    public var exited: Bool
    /// Both output streams, interleaved as written.
    public var text: String

    /// Whether the process exited with status 0.
    public var succeeded: Bool { exited && status == 0 }

    /// Runs `process` (executable and arguments set) to the end and captures its output.
    public static func run(_ process: Process) throws -> ProcessOutput {
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            text: text)
    }
}
