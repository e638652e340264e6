import Foundation
import TestSupport

/// The PDDL tasks of the repository's test corpus (`Tests/Corpus`).
enum Corpus {
    /// One planning task: a problem file and the domain file it belongs to.
    struct Task: CustomStringConvertible, Sendable {
        var domainPath: String
        var problemPath: String

        var description: String {
            URL(fileURLWithPath: problemPath).pathComponents.suffix(2).joined(separator: "/")
        }
    }

    /// Every task of the collection `name` (`pddl` or `pddl-hard`), domain by domain.
    static func tasks(in name: String) -> [Task] {
        let root = TestCorpus.url(name)
        let manager = FileManager.default
        let domains = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        var tasks: [Task] = []
        for domain in domains.sorted() {
            let files =
                (try? manager.contentsOfDirectory(
                    atPath: root.appendingPathComponent(domain).path)) ?? []
            for file in files.sorted() where file.hasSuffix(".pddl") && !file.contains("domain") {
                let instance = String(file.dropLast(".pddl".count))
                if let (domainPath, problemPath) = try? TestCorpus.pddlTask(
                    domain, instance, in: name)
                {
                    tasks.append(Task(domainPath: domainPath, problemPath: problemPath))
                }
            }
        }
        return tasks
    }
}
