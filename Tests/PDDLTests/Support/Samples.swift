import Foundation

/// The sample files of `Fixtures/samples` and scratch files for tests.
enum Samples {
    /// The path of a file in `Fixtures/samples`.
    static func path(_ name: String) -> String {
        Bundle.module.bundleURL.appendingPathComponent("Fixtures/samples/\(name)").path
    }

    /// The text of a file in `Fixtures/samples`.
    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// Writes `data` to a fresh file in a temporary folder and returns its path.
    static func scratchFile(_ name: String, _ data: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-pddl-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
