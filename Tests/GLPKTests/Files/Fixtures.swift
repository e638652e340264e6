import Foundation

/// Paths of test inputs, found from this source file so tests run from any directory.
enum Fixtures {
    /// `Tests/GLPKTests/Fixtures`.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The repository root (holds `Problems/`).
    static let repositoryRoot =
        directory
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of fixture `name` (e.g. `bad/syntax.mod`).
    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// A fresh scratch directory.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("glpk-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
