public import Foundation

/// The `shared/` folder beside the repository (benchmarks and peer anchors), found by walking
/// up from this file, since a worktree may sit a level deeper than a clone. `nil` when absent.
public enum SharedFiles {
    /// `shared/`, when it holds `benchmarks/`.
    public static let root: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared")
            if FileManager.default.fileExists(
                atPath: candidate.appendingPathComponent("benchmarks").path)
            {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// `shared/benchmarks`.
    public static let benchmarks: URL? = root?.appendingPathComponent("benchmarks")

    /// The domain and problem files of `domain/instance` in a PDDL collection (`pddl` or
    /// `pddl-hard`): the domain's `domain.pddl`, or `instance-domain.pddl` where each problem
    /// has its own. `nil` when the problem file is not there.
    public static func pddlTask(
        _ domain: String, _ instance: String, in collection: String = "pddl"
    ) -> (domain: String, problem: String)? {
        guard let folder = benchmarks?.appendingPathComponent("\(collection)/\(domain)") else {
            return nil
        }
        let problem = folder.appendingPathComponent("\(instance).pddl").path
        guard FileManager.default.fileExists(atPath: problem) else { return nil }
        var domainFile = folder.appendingPathComponent("domain.pddl").path
        if !FileManager.default.fileExists(atPath: domainFile) {
            domainFile = folder.appendingPathComponent("\(instance)-domain.pddl").path
        }
        return (domainFile, problem)
    }

    /// The published optimum of `instance` in a bounds CSV of the benchmarks (`instance,lb,ub,
    /// optimal` rows, e.g. `rcpsp/j30_bounds.csv`): its upper bound where it is marked optimal,
    /// `nil` when it is not or the benchmarks are absent.
    public static func publishedOptimum(_ instance: String, boundsFile: String) throws -> Int? {
        guard let benchmarks else { return nil }
        let text = try String(
            contentsOf: benchmarks.appendingPathComponent(boundsFile), encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count == 4, fields[0] == instance, fields[3] == "true" {
                return Int(fields[2])
            }
        }
        return nil
    }
}
