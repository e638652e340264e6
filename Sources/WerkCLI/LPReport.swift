import Foundation
import GLPK
import Optimization

/// The text and JSON reports of `werk lp`.
struct LPReport {
    let result: ModelFileSolution
    let maximumRows: Int

    /// Status, objective, bound and a table of the nonzero variables.
    var text: String {
        let solution = result.solution
        var lines = [
            "status:    \(solution.status.rawValue)"
                + (solution.limitReached ? " (limit reached)" : ""),
            "objective: \(solution.objective.map(Self.format) ?? "-")",
            "bound:     \(solution.bound.map(Self.format) ?? "-")",
        ]
        let nonzero = zip(result.model.variables, solution.values).filter {
            abs($0.1) > Self.zeroTolerance
        }
        if solution.hasValues {
            lines.append(
                "variables: \(nonzero.count) nonzero of \(result.model.variableCount)")
            let shown = nonzero.prefix(maximumRows)
            let width = shown.map(\.0.name.count).max() ?? 0
            for (variable, value) in shown {
                lines.append(
                    "  " + variable.name.padding(toLength: width, withPad: " ", startingAt: 0)
                        + "  " + Self.format(value))
            }
            if nonzero.count > shown.count {
                lines.append("  … \(nonzero.count - shown.count) more (all are in --output)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"status", "objective", "bound", "limit_reached", "seconds", "nodes", "variables":
    /// {name: value}}`, indented, with sorted keys.
    func jsonData() throws -> Data {
        let solution = result.solution
        var variables: [String: Double] = [:]
        for (variable, value) in zip(result.model.variables, solution.values) {
            variables[variable.name] = value
        }
        let document = Document(
            status: solution.status.rawValue, objective: solution.objective,
            bound: solution.bound, limitReached: solution.limitReached,
            seconds: solution.statistics.seconds, nodes: solution.statistics.branchAndBoundNodes,
            variables: variables)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(document)
    }

    /// Values this close to zero are round-off of the simplex, not part of the solution.
    static let zeroTolerance = 1e-9

    /// A number with up to 10 significant digits, integers without a fraction.
    static func format(_ value: Double) -> String {
        String(format: "%.10g", value)
    }

    /// The JSON document; `nil` objective and bound are written as `null`.
    private struct Document: Encodable {
        let status: String
        let objective: Double?
        let bound: Double?
        let limitReached: Bool
        let seconds: Double
        let nodes: Int
        let variables: [String: Double]

        enum CodingKeys: String, CodingKey {
            case status, objective, bound, seconds, nodes, variables
            case limitReached = "limit_reached"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(objective, forKey: .objective)
            try container.encode(bound, forKey: .bound)
            try container.encode(limitReached, forKey: .limitReached)
            try container.encode(seconds, forKey: .seconds)
            try container.encode(nodes, forKey: .nodes)
            try container.encode(variables, forKey: .variables)
        }
    }
}
