import Foundation
import TestSupport

/// Reference plan costs of the test corpus (`Tests/Corpus/anchors`).
enum ReferenceCosts {
    /// Fast Downward A* + LM-cut's optimal costs from `anchors/planning-baselines.csv`,
    /// keyed by "domain/pNN".
    static func optimal() throws -> [String: Int] {
        let text = try String(
            contentsOf: TestCorpus.url("anchors/planning-baselines.csv"), encoding: .utf8)
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
    }
}
