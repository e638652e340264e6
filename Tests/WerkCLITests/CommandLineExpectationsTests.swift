import Foundation
import TestSupport
import Testing

/// Issue #16, "the command line users expect": outputs go where they are pointed (`-`,
/// devices, symbolic links), `werk runs` finds the journal `werk run` wrote, and bad input
/// is reported in sentences, never as a raw Foundation error.
@Suite("The command line users expect")
final class CommandLineExpectationsTests {
    /// A fresh folder for each test (Swift Testing makes one instance per test).
    let scratch: URL

    init() throws { scratch = try makeScratchDirectory() }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    static let problems = FuzzRegressionTests.repository.appendingPathComponent("Problems")
    static let model = problems.appendingPathComponent("lp/production.lp").path

    static func werk(_ arguments: [String], in directory: URL) async throws
        -> FuzzRegressionTests.Run
    {
        try await FuzzRegressionTests.werk(arguments, in: directory)
    }

    @Test("--output - writes to standard output and creates no file named -")
    func outputToStandardOutput() async throws {
        let run = try await Self.werk(
            ["lp", Self.model, "--output", "-", "--write-lp", "-"], in: scratch)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("\"objective\""))
        #expect(run.output.contains("Maximize"))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("-").path))
    }

    /// Whether `path` is a character device (a machine where an older `werk` replaced
    /// `/dev/null` with a file cannot run the test below).
    static func isCharacterDevice(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR
    }

    @Test(
        "--output /dev/null leaves the device a character device",
        .enabled(if: isCharacterDevice("/dev/null")))
    func outputToDevice() async throws {
        let run = try await Self.werk(["lp", Self.model, "--output", "/dev/null"], in: scratch)
        #expect(run.status == 0, "\(run.error)")
        #expect(Self.isCharacterDevice("/dev/null"))
    }

    @Test("--output through a symbolic link updates its target and keeps the link")
    func outputThroughSymbolicLink() async throws {
        let target = scratch.appendingPathComponent("results/solution.json")
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "old".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.appendingPathComponent("latest.json").path,
            withDestinationPath: "results/solution.json")
        let run = try await Self.werk(["lp", Self.model, "--output", "latest.json"], in: scratch)
        #expect(run.status == 0, "\(run.error)")
        let link = try FileManager.default.destinationOfSymbolicLink(
            atPath: scratch.appendingPathComponent("latest.json").path)
        #expect(link == "results/solution.json")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("\"objective\""))
    }

    /// Runs `werk arguments…` with the file `input` as standard input; returns the status
    /// and standard output.
    static func werk(_ arguments: [String], input: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: WerkProcess.path)
        process.arguments = arguments
        process.standardInput = FileHandle(forReadingAtPath: input)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("- as an input file is standard input for werk plan, validate and schedule")
    func inputFromStandardInput() throws {
        let kitchen = Self.problems.appendingPathComponent("scenarios/kitchen")
        let domain = kitchen.appendingPathComponent("domain.pddl").path
        let problem = kitchen.appendingPathComponent("problem.pddl").path
        let (planned, plan) = try Self.werk(["plan", domain, "-"], input: problem)
        #expect(planned == 0)
        #expect(plan.contains("(prepare lasagne)"))
        let planFile = scratch.appendingPathComponent("plan.txt")
        try plan.write(to: planFile, atomically: true, encoding: .utf8)
        let (valid, verdict) = try Self.werk(
            ["validate", domain, problem, "-"], input: planFile.path)
        #expect(valid == 0)
        #expect(verdict.contains("valid plan"))
        let (scheduled, schedule) = try Self.werk(
            ["schedule", "-", "--json"],
            input: Self.problems.appendingPathComponent("scheduling/ft06.txt").path)
        #expect(scheduled == 0)
        #expect(schedule.contains("\"makespan\""))
    }

    @Test("werk runs WORKFLOW finds the journal werk run wrote, from another folder")
    func runsFindsTheJournalOfRun() async throws {
        let project = scratch.appendingPathComponent("project")
        let elsewhere = scratch.appendingPathComponent("elsewhere")
        for folder in [project, elsewhere] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try """
        {"schema": "werkvloei.workflow/v1", "name": "one-step",
         "steps": [{"id": "only", "command": ["true"]}]}
        """.write(
            to: project.appendingPathComponent("workflow.json"), atomically: true,
            encoding: .utf8)
        let run = try await Self.werk(["run", "workflow.json", "--quiet"], in: project)
        #expect(run.status == 0, "\(run.error)")

        let runs = try await Self.werk(["runs", "../project/workflow.json"], in: elsewhere)
        #expect(runs.status == 0, "\(runs.error)")
        #expect(runs.output.contains("one-step"))
        #expect(runs.output.contains("succeeded"))
        let show = try await Self.werk(
            ["runs", "show", "1", "../project/workflow.json"], in: elsewhere)
        #expect(show.status == 0, "\(show.error)")
        #expect(show.output.contains("only"))

        let state = try await Self.werk(["runs", "--state", "../project/.werk"], in: elsewhere)
        #expect(state.status == 0, "\(state.error)")
        #expect(state.output.contains("one-step"))

        let here = try await Self.werk(["runs"], in: elsewhere)
        #expect(here.status == 2)
        #expect(here.error.contains("werk runs WORKFLOW.json"))
    }

    /// Bad input through the real binary, in a folder holding `folder/`, a regular `file`,
    /// a PDDL domain and a workflow whose command is a string.
    static let badInputs: [[String]] = [
        ["lp", "folder"],
        ["schedule", "folder"],
        ["plan", "folder", "folder"],
        ["validate", "folder", "folder", "folder"],
        ["run", "folder"],
        ["lp", model, "--output", "folder"],
        ["lp", model, "--output", "file/solution.json"],
        ["lp", model, "--write-lp", "file/copy.lp"],
        ["export", "string-command.json", "--to", "snakemake", "--output", "file"],
        ["run", "string-command.json"],
        ["run", "valid.json", "--state", "file"],
        ["solve", "domain.pddl"],
        ["solve", "folder"],
        ["lp", model, "--time-limit", "-5"],
        ["plan", "domain.pddl", "domain.pddl", "--time-limit", "-5"],
        ["schedule", "folder", "--time-limit", "-5"],
        ["runs"],
        ["runs", "show", "1", "--state", "folder"],
        ["runs", "missing.json"],
    ]

    /// Copies a PDDL domain to `scratch/domain.pddl`, writes a workflow whose command is a
    /// string to `scratch/workflow` and a valid one to `scratch/valid.json`.
    static func addBadFiles(to scratch: URL, workflow: String) throws {
        try FileManager.default.copyItem(
            atPath: problems.appendingPathComponent("scenarios/kitchen/domain.pddl").path,
            toPath: scratch.appendingPathComponent("domain.pddl").path)
        try """
        {"schema": "werkvloei.workflow/v1", "name": "string-command",
         "steps": [{"id": "only", "command": "make all"}]}
        """.write(
            to: scratch.appendingPathComponent(workflow), atomically: true, encoding: .utf8)
        try """
        {"schema": "werkvloei.workflow/v1", "name": "valid", "steps": [{"id": "only", "command": ["true"]}]}
        """.write(
            to: scratch.appendingPathComponent("valid.json"), atomically: true, encoding: .utf8)
    }

    @Test("Bad input is reported in a sentence, never as a raw system error", arguments: badInputs)
    func noRawSystemErrors(arguments: [String]) async throws {
        try FileManager.default.createDirectory(
            at: scratch.appendingPathComponent("folder"), withIntermediateDirectories: true)
        try "not a folder\n".write(
            to: scratch.appendingPathComponent("file"), atomically: true, encoding: .utf8)
        try Self.addBadFiles(to: scratch, workflow: "string-command.json")
        let run = try await Self.werk(arguments, in: scratch)
        #expect(run.status == 2, "\(run.error)")
        #expect(!run.error.isEmpty)
        for raw in ["NSCocoaErrorDomain", "Error Domain=", "Code=", "Swift.", "DecodingError"] {
            #expect(!run.error.contains(raw), "\(run.error)")
        }
    }

    @Test("The clearer messages: command arrays, PDDL given to solve, negative time limits")
    func clearerMessages() async throws {
        try Self.addBadFiles(to: scratch, workflow: "workflow.json")
        let command = try await Self.werk(["run", "workflow.json"], in: scratch)
        #expect(command.error.hasPrefix("workflow.json:2:38: error:"), "\(command.error)")
        #expect(command.error.contains("must be an array of strings"), "\(command.error)")
        let solve = try await Self.werk(["solve", "domain.pddl"], in: scratch)
        #expect(solve.error.hasPrefix("domain.pddl:1:1: error: expected a scenario YAML file"))
        #expect(solve.error.contains("werk plan"))
        let folder = try await Self.werk(["schedule", "."], in: scratch)
        #expect(folder.error == ".: error: this is a folder; name a file\n")
        let limit = try await Self.werk(["lp", Self.model, "--time-limit", "-5"], in: scratch)
        #expect(limit.status == 2)
        #expect(limit.error.contains("--time-limit"), "\(limit.error)")
        #expect(!limit.error.contains("Missing value"), "\(limit.error)")
    }
}
