import Foundation
import TestSupport

@testable import Scheduling

/// Locations of the test inputs: fixtures, the repository's `Problems/scheduling`, and the
/// benchmark instances of the test corpus (`Tests/Corpus`).
enum TestData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let problems = repositoryRoot.appendingPathComponent("Problems/scheduling")

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
            ?? repositoryRoot.appendingPathComponent("Tests/SchedulingTests/Fixtures/\(name)")
    }

    static func load(_ url: URL, format: InstanceFormat = .auto) throws -> SchedulingProblem {
        let contents = try String(contentsOf: url, encoding: .utf8)
        return try format.parse(file: url.path, contents: contents)
    }

    /// The corpus instance at `relativePath` (e.g. `rcpsp/j30/j301_2.sm`).
    static func benchmark(_ relativePath: String) throws -> SchedulingProblem {
        try load(TestCorpus.url(relativePath))
    }

    /// The published optimum of `instance` in a bounds CSV of the corpus.
    static func knownOptimum(_ instance: String, boundsFile: String) throws -> Int {
        try TestCorpus.publishedOptimum(instance, boundsFile: boundsFile)
    }
}
