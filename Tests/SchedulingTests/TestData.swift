import Foundation
import TestSupport

@testable import Scheduling

/// Locations of the test inputs: fixtures, the repository's `Problems/scheduling`, and the
/// shared benchmark instances beside the repository (when present).
enum TestData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let problems = repositoryRoot.appendingPathComponent("Problems/scheduling")

    /// `../shared/benchmarks`, when present.
    static let benchmarks = SharedFiles.benchmarks

    static var hasBenchmarks: Bool { benchmarks != nil }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
            ?? repositoryRoot.appendingPathComponent("Tests/SchedulingTests/Fixtures/\(name)")
    }

    static func load(_ url: URL, format: InstanceFormat = .auto) throws -> SchedulingProblem {
        let contents = try String(contentsOf: url, encoding: .utf8)
        return try format.parse(file: url.path, contents: contents)
    }

    static func benchmark(_ relativePath: String) throws -> SchedulingProblem {
        guard let benchmarks else { throw MissingBenchmarks() }
        return try load(benchmarks.appendingPathComponent(relativePath))
    }

    /// The published optimum of `instance` in a bounds CSV of the benchmarks.
    static func knownOptimum(_ instance: String, boundsFile: String) throws -> Int? {
        guard hasBenchmarks else { throw MissingBenchmarks() }
        return try SharedFiles.publishedOptimum(instance, boundsFile: boundsFile)
    }

    struct MissingBenchmarks: Error {}
}
