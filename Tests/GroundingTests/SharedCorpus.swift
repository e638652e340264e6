import Foundation

/// Locates `shared/` (benchmarks and anchors) above the repository, as a worktree may sit
/// one level deeper than a clone.
enum SharedCorpus {
    static let root: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/benchmarks")
            if FileManager.default.fileExists(atPath: candidate.path) {
                return directory.appendingPathComponent("shared")
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// The domain and problem paths of `domain/instance` in the dev set.
    static func task(_ domain: String, _ instance: String) -> (domain: String, problem: String)? {
        guard let root else { return nil }
        let folder = root.appendingPathComponent("benchmarks/pddl/\(domain)")
        let problem = folder.appendingPathComponent("\(instance).pddl").path
        var domainFile = folder.appendingPathComponent("domain.pddl").path
        if !FileManager.default.fileExists(atPath: domainFile) {
            domainFile = folder.appendingPathComponent("\(instance)-domain.pddl").path
        }
        return (domainFile, problem)
    }

    /// Fast Downward A* + LM-cut's optimal costs from `anchors/planning-baselines.csv`,
    /// keyed by "domain/pNN".
    static let optimalCosts: [String: Int] = {
        guard let root,
            let text = try? String(
                contentsOf: root.appendingPathComponent("anchors/planning-baselines.csv"),
                encoding: .utf8)
        else { return [:] }
        var costs: [String: Int] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 8, fields[0] == "dev", fields[3] == "fd-astar-lmcut",
                fields[4] == "yes", let cost = Int(fields[7])
            else { continue }
            let instance = fields[2].replacingOccurrences(of: ".pddl", with: "")
            costs["\(fields[1])/\(instance)"] = cost
        }
        return costs
    }()
}
