import Foundation
import TestSupport
import Testing

/// Issue #18: every input of the December 2026 fuzz run (`Fixtures/regressions/fuzz-2026-12`,
/// see its README) through the real `werk` binary ends in a result or a clear error, never a
/// signal: exit status 0–3, and bad input reported as `file:line:column: error:` with status 2.
@Suite("Fuzz regressions replayed through werk")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/regressions/fuzz-2026-12")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// One command of the corpus and how it must end.
    struct Case: Sendable, CustomTestStringConvertible {
        /// Arguments after `werk`, relative to the corpus folder; `OUT` becomes a scratch path.
        var arguments: [String]
        var status: Int32
        /// For status 2: the start of the error message, `file:line:column: error:`.
        var errorPrefix: String? = nil
        /// For `schedule`: the makespan of the schedule written to standard output.
        var makespan: Int? = nil

        var testDescription: String { arguments.joined(separator: " ") }

        /// This case, and the same on the copies of its `crlf/` files that start with a
        /// byte order mark (`crlf/bom_…`, also in the expected error).
        var withAndWithoutByteOrderMark: [Case] {
            func marked(_ text: String) -> String {
                text.replacingOccurrences(of: "crlf/", with: "crlf/bom_")
            }
            var copy = self
            copy.arguments = arguments.map(marked)
            copy.errorPrefix = errorPrefix.map(marked)
            return [self, copy]
        }
    }

    /// What a run of `werk` did.
    struct Run {
        var status: Int32
        var signalled: Bool
        var output: String
        var error: String
    }

    /// Runs `werk arguments…` in `directory`, stopping it after `seconds` (a guard against a
    /// hang, not a timing assertion), with the output streams in files (no pipe can fill up).
    static func werk(_ arguments: [String], in directory: URL, seconds: Double = 120) async throws
        -> Run
    {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: WerkProcess.path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let giveUp = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while process.isRunning, ContinuousClock.now < giveUp {
            try await Task.sleep(for: .milliseconds(50))
        }
        let hung = process.isRunning
        if hung { process.terminate() }
        process.waitUntilExit()
        try output.close()
        try error.close()
        return Run(
            status: hung ? -1 : process.terminationStatus,
            signalled: hung || process.terminationReason == .uncaughtSignal,
            output: try String(contentsOf: outputURL, encoding: .utf8),
            error: ProgressLines.removed(
                from: try String(contentsOf: errorURL, encoding: .utf8)))
    }

    static let cases: [Case] =
        [
            // Arithmetic overflow, allocation of 34 GB, a job count of 2^63 − 1.
            Case(
                arguments: ["schedule", "overflow.yaml", "--time-limit", "1"], status: 2,
                errorPrefix: "overflow.yaml:3:23: error: duration must be at most 10000000"),
            Case(
                arguments: ["schedule", "alloc.yaml", "--time-limit", "1"], status: 2,
                errorPrefix: "alloc.yaml:3:23: error:"),
            Case(
                arguments: ["schedule", "jobs-huge.mm", "--time-limit", "1"], status: 2,
                errorPrefix: "jobs-huge.mm:6:34: error: job count must be at most"),
            // A duration of 1e20 minutes, at the initial value that holds it.
            Case(
                arguments: ["solve", "release/scenario.yaml", "--out", "OUT", "--time-limit", "2"],
                status: 2, errorPrefix: "release/problem.pddl:4:39: error: the duration of"),
            // A coefficient of 1e308, which made GLPK abort while scaling.
            Case(
                arguments: ["lp", "big.lp", "--time-limit", "1"], status: 2,
                errorPrefix: "big.lp:4:6: error: the coefficient of x in c1"),
            // 10^20 groundings: the time limit holds while grounding.
            Case(
                arguments: [
                    "plan", "ground-domain.pddl", "ground-problem.pddl", "--time-limit", "2",
                ], status: 3, errorPrefix: "time limit reached while grounding"),
            // YAML aliases that expand to 10^9 values (as a value, and as a key, which Yams
            // hashed in full), and 20,000 nested lists (../yaml/README.md).
            Case(
                arguments: ["schedule", "../yaml/billion-laughs.yaml"], status: 2,
                errorPrefix: "../yaml/billion-laughs.yaml:6:45: error: the document has more than"),
            Case(
                arguments: ["schedule", "../yaml/laughing-key.yaml"], status: 2,
                errorPrefix: "../yaml/laughing-key.yaml:6:45: error: the document has more than"),
            Case(
                arguments: ["schedule", "../yaml/deep.json"], status: 2,
                errorPrefix: "../yaml/deep.json:1:115: error: lists and mappings are nested more"),
        ] + crlfCases.flatMap(\.withAndWithoutByteOrderMark)

    /// CRLF line endings in every reader, each input also with a byte order mark (its copy
    /// named `bom_…`). The schedules must be optimal: the search stops at the proof (about
    /// 1 s), the time limit is room for a slow build (a sanitizer, a loaded machine), where
    /// 10 s can end before it.
    static let crlfCases: [Case] = [
        Case(
            arguments: ["schedule", "crlf/sched_j301_1.sm", "--json", "--time-limit", "60"],
            status: 0, makespan: 43),
        Case(
            arguments: ["schedule", "crlf/sched_pat3.rcp", "--json", "--time-limit", "60"],
            status: 0, makespan: 20),
        Case(
            arguments: ["schedule", "crlf/sched_ft06.txt", "--json", "--time-limit", "60"],
            status: 0, makespan: 55),
        Case(arguments: ["lp", "crlf/lp_knapsack.lp"], status: 0),
        Case(arguments: ["lp", "crlf/lp_transp.mod"], status: 0),
        Case(
            arguments: ["plan", "crlf/pddl_blocks_domain.pddl", "crlf/pddl_blocks_problem.pddl"],
            status: 0),
        Case(
            arguments: [
                "validate", "crlf/pddl_blocks_domain.pddl", "crlf/pddl_blocks_problem.pddl",
                "crlf/pddl_blocks_plan.txt",
            ], status: 0),
        // The corpus holds the kitchen scenario without its PDDL files.
        Case(
            arguments: ["solve", "crlf/scen_kitchen_scenario.yaml", "--out", "OUT"], status: 2,
            errorPrefix: "crlf/scen_kitchen_scenario.yaml:2:9: error: domain file"),
    ]

    @Test(arguments: cases)
    func replay(_ command: Case) async throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let arguments = command.arguments.map {
            $0 == "OUT" ? scratch.appendingPathComponent("out").path : $0
        }
        let run = try await Self.werk(arguments, in: Self.folder)
        #expect(!run.signalled, "\(run.error)")
        #expect(run.status == command.status, "\(run.error)")
        #expect(!run.error.contains("Fatal error") && !run.error.contains("Backtracing"))
        if let prefix = command.errorPrefix {
            #expect(run.error.hasPrefix(prefix), "\(run.error)")
        }
        if let makespan = command.makespan {
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            #expect(json["makespan"] as? Int == makespan)
        }
    }

    /// The kitchen scenario of `crlf/` (CRLF, or with a byte order mark) beside the PDDL files
    /// of `Problems/scenarios/kitchen`: solved like the original.
    @Test(arguments: ["scen_kitchen_scenario.yaml", "bom_scen_kitchen_scenario.yaml"])
    func scenarioWithCRLF(file: String) async throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let kitchen = Self.repository.appendingPathComponent("Problems/scenarios/kitchen")
        let copies = [
            (kitchen.appendingPathComponent("domain.pddl"), "domain.pddl"),
            (kitchen.appendingPathComponent("problem.pddl"), "problem.pddl"),
            (Self.folder.appendingPathComponent("crlf/\(file)"), "scenario.yaml"),
        ]
        for (source, name) in copies {
            try FileManager.default.copyItem(at: source, to: scratch.appendingPathComponent(name))
        }
        let run = try await Self.werk(
            ["solve", "scenario.yaml", "--out", "out", "--time-limit", "10"], in: scratch)
        #expect(!run.signalled)
        #expect(run.status == 0, "\(run.error)")
    }

    /// Limits beyond any run (10^300 s, 2^63 − 1 MiB) are cut, not converted with a trap.
    @Test(arguments: [
        ["schedule", "Problems/scheduling/pat1.rcp", "--time-limit", "1e300"],
        ["schedule", "Problems/scheduling/ft06.txt", "--time-limit", "1e300"],
        [
            "plan", "Problems/scenarios/release/domain.pddl",
            "Problems/scenarios/release/problem.pddl",
            "--time-limit", "1e300", "--memory-limit", "9223372036854775807",
        ],
        [
            "solve", "Problems/scenarios/kitchen/scenario.yaml", "--out", "OUT", "--time-limit",
            "1e300",
        ],
    ])
    func hugeLimits(arguments: [String]) async throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try await Self.werk(
            arguments.map { $0 == "OUT" ? scratch.appendingPathComponent("out").path : $0 },
            in: Self.repository)
        #expect(!run.signalled, "\(run.error)")
        #expect(run.status == 0, "\(run.error)")
    }

    /// A PSPLIB or MPS file pasted twice, or with CR-only line ends, made from the corpus.
    @Test func duplicatedAndCROnlyFiles() async throws {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let psplib = try Data(
            contentsOf: Self.folder.appendingPathComponent("crlf/sched_j301_1.sm"))
        try (psplib + psplib).write(to: scratch.appendingPathComponent("twice.sm"))
        let twice = try await Self.werk(["schedule", "twice.sm", "--time-limit", "1"], in: scratch)
        #expect(twice.status == 2)
        // The first copy has 91 lines; the second starts with a line of stars, then its header.
        #expect(twice.error.hasPrefix("twice.sm:93:1: error: unexpected content after"))

        let text = String(decoding: psplib, as: UTF8.self)
        try Data(text.replacingOccurrences(of: "\r\n", with: "\r").utf8)
            .write(to: scratch.appendingPathComponent("cr.sm"))
        // Room for a sanitized build to reach the optimality proof, as in `cases`.
        let cr = try await Self.werk(
            ["schedule", "cr.sm", "--json", "--time-limit", "60"], in: scratch)
        #expect(cr.status == 0, "\(cr.error)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(cr.output.utf8)) as? [String: Any])
        #expect(json["makespan"] as? Int == 43)

        let mps = "NAME T\nROWS\n N COST\nCOLUMNS\n X COST 1\nBOUNDS\n UP BND X 2\nENDATA\n"
        try (mps + mps).write(
            to: scratch.appendingPathComponent("twice.mps"), atomically: true, encoding: .utf8)
        let model = try await Self.werk(["lp", "twice.mps"], in: scratch)
        #expect(model.status == 2)
        #expect(model.error.hasPrefix("twice.mps:9:1: error: unexpected content after ENDATA"))
        try mps.write(
            to: scratch.appendingPathComponent("once.mps"), atomically: true, encoding: .utf8)
        #expect(try await Self.werk(["lp", "once.mps"], in: scratch).status == 0)
    }
}
