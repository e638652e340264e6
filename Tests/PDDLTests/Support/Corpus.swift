import Foundation

/// The benchmark tasks of `../shared/benchmarks`, found by walking up from this file.
enum Corpus {
    /// One planning task: a problem file and the domain file it belongs to.
    struct Task: CustomStringConvertible, Sendable {
        var domainPath: String
        var problemPath: String

        var description: String {
            URL(fileURLWithPath: problemPath).pathComponents.suffix(2).joined(separator: "/")
        }
    }

    /// The `shared/benchmarks` folder next to the repository (or one of its ancestors).
    static let benchmarks: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/benchmarks")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("pddl").path)
            {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// Every task of the collection `name` (`pddl` or `pddl-hard`), domain by domain.
    static func tasks(in name: String) -> [Task] {
        guard let root = benchmarks?.appendingPathComponent(name) else { return [] }
        let manager = FileManager.default
        let domains = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        var tasks: [Task] = []
        for domain in domains.sorted() {
            let folder = root.appendingPathComponent(domain)
            let files = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted()
            where file.hasSuffix(".pddl") && !file.contains("domain") {
                let shared = folder.appendingPathComponent("domain.pddl").path
                let own = folder.appendingPathComponent(
                    file.replacingOccurrences(of: ".pddl", with: "-domain.pddl")
                ).path
                tasks.append(
                    Task(
                        domainPath: manager.fileExists(atPath: shared) ? shared : own,
                        problemPath: folder.appendingPathComponent(file).path))
            }
        }
        return tasks
    }
}
