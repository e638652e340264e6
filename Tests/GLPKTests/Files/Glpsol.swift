import Foundation
import GLPK
import Optimization
import TestSupport

/// Runs the `glpsol` command and reads its verdict.
enum Glpsol {
    struct Verdict {
        var status: SolveStatus
        var objective: Double?
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func solve(model: String, data: [String]) throws -> Verdict {
        let executable = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let executable else {
            throw Failure(description: "glpsol not found: install glpk-utils (make test-deps)")
        }
        let scratch = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let solutionFile = scratch.appendingPathComponent("glpsol.sol").path
        let flag =
            switch ModelFileFormat(extensionOf: model) {
            case .lp: "--lp"
            case .mps: "--mps"
            case .freeMPS: "--freemps"
            default: "--math"
            }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [flag, model, "-w", solutionFile] + data.flatMap { ["-d", $0] }
        process.currentDirectoryURL = scratch
        let run = try ProcessOutput.run(process)
        let output = run.text
        guard run.succeeded else {
            throw Failure(description: "glpsol failed on \(model): \(output)")
        }
        let messages: [(String, SolveStatus)] = [
            ("OPTIMAL SOLUTION FOUND", .optimal), ("OPTIMAL LP SOLUTION FOUND", .optimal),
            ("HAS NO PRIMAL FEASIBLE SOLUTION", .infeasible),
            ("HAS NO INTEGER FEASIBLE SOLUTION", .infeasible),
            ("HAS UNBOUNDED PRIMAL SOLUTION", .unbounded),
            ("HAS NO DUAL FEASIBLE SOLUTION", .unbounded),
        ]
        let status = messages.first { output.contains($0.0) }?.1 ?? .unknown
        guard status == .optimal else { return Verdict(status: status) }
        let solution = try String(contentsOfFile: solutionFile, encoding: .utf8)
        let header = solution.split(separator: "\n").first { $0.hasPrefix("s ") }
        let objective = header?.split(separator: " ").last.flatMap { Double($0) }
        return Verdict(status: status, objective: objective)
    }
}
