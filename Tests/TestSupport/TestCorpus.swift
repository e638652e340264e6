public import Foundation

/// The benchmark instances and published figures the tests read, kept in the repository
/// under `Tests/Corpus` (see its README for what each folder holds and where it came from).
public enum TestCorpus {
    /// A file the tests expect in the corpus is not there.
    public struct MissingData: Error, CustomStringConvertible {
        public var description: String
    }

    /// `Tests/Corpus`.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    /// The corpus file at `relativePath`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The domain and problem files of `domain/instance` in a PDDL collection (`pddl` or
    /// `pddl-hard`): the domain's `domain.pddl`, or `instance-domain.pddl` where each problem
    /// has its own.
    public static func pddlTask(
        _ domain: String, _ instance: String, in collection: String = "pddl"
    ) throws -> (domain: String, problem: String) {
        let folder = url("\(collection)/\(domain)")
        let problem = folder.appendingPathComponent("\(instance).pddl").path
        guard FileManager.default.fileExists(atPath: problem) else {
            throw MissingData(description: "no PDDL task \(problem)")
        }
        var domainFile = folder.appendingPathComponent("domain.pddl").path
        if !FileManager.default.fileExists(atPath: domainFile) {
            domainFile = folder.appendingPathComponent("\(instance)-domain.pddl").path
        }
        return (domainFile, problem)
    }

    /// The published optimum of `instance` in a bounds CSV of the corpus (`instance,lb,ub,
    /// optimal` rows, e.g. `rcpsp/j30_bounds.csv`): its upper bound, where it is marked optimal.
    public static func publishedOptimum(_ instance: String, boundsFile: String) throws -> Int {
        let text = try String(contentsOf: url(boundsFile), encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count == 4, fields[0] == instance, fields[3] == "true",
                let optimum = Int(fields[2])
            {
                return optimum
            }
        }
        throw MissingData(description: "no published optimum of \(instance) in \(boundsFile)")
    }
}
