import Foundation
import TestSupport
import Testing

/// Every command that reads a file reports a missing one the same way: exit 2 and
/// `path…: error: … no such file`.
@Suite struct MissingFileTests {
    static let missing = FileManager.default.temporaryDirectory
        .appendingPathComponent("werk-missing-\(UUID().uuidString)").path

    @Test(arguments: [
        ["plan", missing, missing], ["validate", missing, missing, missing], ["lp", missing],
        ["schedule", missing], ["solve", missing], ["run", missing],
    ])
    func missingFileIsBadInput(arguments: [String]) throws {
        let result = try WerkProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.error.hasPrefix(Self.missing))
        #expect(result.error.contains("error: "))
        #expect(result.error.hasSuffix("no such file\n"))
    }
}
