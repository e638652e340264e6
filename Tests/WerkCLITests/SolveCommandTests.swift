import Foundation
import Testing
import WerkCLI

/// The repository's `Problems/scenarios` folder.
private let scenarios = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Problems/scenarios").path

@Suite struct SolveCommandTests {
    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func solveWritesEveryOutput() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let status = await Werk.exitStatus(arguments: [
            "solve", "\(scenarios)/delivery/scenario.yaml", "--output", folder,
        ])
        #expect(status == 0)
        for file in [
            "plan.txt", "pop.json", "pop.dot", "schedule.json", "workflow.json", "gantt.svg",
        ] {
            #expect(FileManager.default.fileExists(atPath: "\(folder)/\(file)"), "\(file) missing")
        }
    }

    @Test func temporalScheduleValidatesAsATimedPlan() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lab = "\(scenarios)/lab"
        #expect(
            await Werk.exitStatus(arguments: ["solve", "\(lab)/scenario.yaml", "--output", folder])
                == 0)
        #expect(
            await Werk.exitStatus(arguments: [
                "validate", "\(lab)/domain.pddl", "\(lab)/problem.pddl", "\(folder)/timed-plan.txt",
            ]) == 0)
        // Moving the last step before the first breaks it, and the validator says so.
        let lines = try String(contentsOfFile: "\(folder)/timed-plan.txt", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let last = try #require(lines.last)
        let moved = "0.000:" + last.drop { $0 != ":" }.dropFirst()
        try ([moved] + lines.dropLast()).joined(separator: "\n")
            .write(toFile: "\(folder)/broken.txt", atomically: true, encoding: .utf8)
        #expect(
            await Werk.exitStatus(arguments: [
                "validate", "\(lab)/domain.pddl", "\(lab)/problem.pddl", "\(folder)/broken.txt",
            ]) == 1)
    }

    @Test func badScenarioExitsTwoAndWritesNothing() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in ["domain.pddl", "problem.pddl"] {
            try FileManager.default.copyItem(
                atPath: "\(scenarios)/kitchen/\(file)", toPath: "\(folder)/\(file)")
        }
        try "domain: domain.pddl\nproblem: problem.pddl\nactions:\n  roast: {duration: 2}\n"
            .write(toFile: "\(folder)/scenario.yaml", atomically: true, encoding: .utf8)
        let status = await Werk.exitStatus(arguments: [
            "solve", "\(folder)/scenario.yaml", "--output", "\(folder)/out",
        ])
        #expect(status == 2)
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out"))
    }

    @Test func usageErrorsExitTwoNotSixtyFour() async {
        #expect(await Werk.exitStatus(arguments: ["no-such-command"]) == 2)
        #expect(await Werk.exitStatus(arguments: ["solve"]) == 2)
        #expect(await Werk.exitStatus(arguments: ["solve", "x.yaml", "--time-limit", "-1"]) == 2)
        #expect(await Werk.exitStatus(arguments: ["--version"]) == 0)
    }

    @Test func unsolvableScenarioExitsOne() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: "\(scenarios)/kitchen/domain.pddl", toPath: "\(folder)/domain.pddl")
        // Nobody ordered the soup, so it can never be served.
        try """
        (define (problem nobody-ordered) (:domain kitchen)
          (:objects soup - dish t1 - table)
          (:init (needs-stove soup) (= (prep-time soup) 1) (= (cook-time soup) 1))
          (:goal (served soup t1)))
        """.write(toFile: "\(folder)/problem.pddl", atomically: true, encoding: .utf8)
        try "domain: domain.pddl\nproblem: problem.pddl\n"
            .write(toFile: "\(folder)/scenario.yaml", atomically: true, encoding: .utf8)
        let status = await Werk.exitStatus(arguments: [
            "solve", "\(folder)/scenario.yaml", "--output", "\(folder)/out",
        ])
        #expect(status == 1)
    }
}
