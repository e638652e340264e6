import Foundation
import TestSupport
import Testing

/// Progress on standard error: plain lines when it is not a terminal, none with `--quiet`.
@Suite struct ProgressTests {
    /// A job shop the solver does not prove optimal at once, so the run lasts its time limit.
    static let arguments = ["schedule", TestCorpus.url("jssp/abz5.txt").path, "--time-limit", "3"]

    @Test("werk schedule writes progress lines to a standard error that is not a terminal")
    func progressLines() throws {
        let result = try WerkProcess.run(Self.arguments)
        #expect(result.status == 0)
        let lines = result.error.split(separator: "\n").filter { $0.hasPrefix("werk schedule: ") }
        #expect(!lines.isEmpty, "\(result.error)")
        #expect(lines.allSatisfy { $0.contains(" of 3 s") }, "\(lines)")
    }

    @Test("--quiet and -q silence the progress lines")
    func quiet() throws {
        for flag in ["--quiet", "-q"] {
            let result = try WerkProcess.run(Self.arguments + [flag])
            #expect(result.status == 0)
            #expect(result.error.isEmpty, "\(result.error)")
        }
    }
}
