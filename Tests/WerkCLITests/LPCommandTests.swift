import Foundation
import Testing
import WerkCLI

/// `werk lp` end to end: arguments, exit status, the JSON result, written copies.
@Suite struct LPCommandTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func problem(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Problems/lp/\(name)").path
    }

    /// Runs `werk arguments…` in-process and returns its exit status.
    static func run(_ arguments: [String]) async -> Int32 {
        await Werk.exitStatus(arguments: arguments)
    }

    @Test(arguments: [
        ["production.lp"], ["knapsack.lp"], ["assignment.mps"], ["workforce.mod", "workforce.dat"],
    ])
    func bundledProblemsMatchGlpsol(files: [String]) async throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("solution.json").path
        var arguments = ["lp", Self.problem(files[0]), "--output", output]
        for data in files.dropFirst() { arguments += ["--data", Self.problem(data)] }
        #expect(await Self.run(arguments) == 0)

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
                as? [String: Any])
        #expect(json["status"] as? String == "optimal")
        let objective = try #require(json["objective"] as? Double)
        #expect(json["bound"] as? Double == objective)
        let variables = try #require(json["variables"] as? [String: Double])
        #expect(!variables.isEmpty)
        let reference = try Self.glpsolObjective(files.map(Self.problem), in: directory)
        #expect(abs(objective - reference) <= 1e-6 * max(1, abs(reference)))
    }

    @Test func infeasibleModelExitsOne() async throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("infeasible.lp")
        try "Minimize\n obj: x\nSubject To\n c1: x >= 5\n c2: x <= 3\nEnd\n"
            .write(to: model, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("result.json").path
        #expect(await Self.run(["lp", model.path, "--output", output]) == 1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
                as? [String: Any])
        #expect(json["status"] as? String == "infeasible")
        #expect(json["objective"] is NSNull)
    }

    @Test(arguments: [
        ["lp", "/nonexistent.lp"],
        ["lp", problem("production.lp"), "--time-limit", "-1"],
        ["lp", problem("production.lp"), "--gap", "nan"],
        ["lp", problem("production.lp"), "--data", problem("workforce.dat")],
        ["lp", problem("production.lp"), "--format", "xml"],
        ["lp", problem("workforce.mod")],
    ])
    func badInputExitsTwo(arguments: [String]) async {
        #expect(await Self.run(arguments) == 2)
    }

    @Test func copiesInOtherFormatsSolveTheSame() async throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("knapsack.mps").path
        let first = directory.appendingPathComponent("first.json").path
        let second = directory.appendingPathComponent("second.json").path
        #expect(
            await Self.run([
                "lp", Self.problem("knapsack.lp"), "--write-mps", copy, "--output", first,
            ])
                == 0)
        // MPS has no objective sense: the copy is a minimisation of the same objective.
        #expect(await Self.run(["lp", copy, "--output", second]) == 0)
        let objectives = try [first, second].map { path in
            let json =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
            return json?["objective"] as? Double
        }
        #expect(objectives[0] != nil)
        #expect(objectives[1] == 0)
    }

    /// glpsol's objective for a model (and its data files), from its plain-text solution.
    static func glpsolObjective(_ files: [String], in directory: URL) throws -> Double {
        let solution = directory.appendingPathComponent("glpsol.sol").path
        let flag =
            files[0].hasSuffix(".lp") ? "--lp" : files[0].hasSuffix(".mps") ? "--mps" : "--math"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/glpsol")
        process.arguments =
            [flag, files[0], "-w", solution] + files.dropFirst().flatMap { ["-d", $0] }
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOfFile: solution, encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("s ") })
        return try #require(header.split(separator: " ").last.flatMap { Double($0) })
    }
}
