import Foundation
import TestSupport
import Testing

/// `--time-limit`, `--memory-limit`, `--jobs` and `--kill-grace` are one option each, shared
/// by every command that has them (docs/cli-conventions.md): the same rule, the same message,
/// the same help.
@Suite struct LimitOptionTests {
    /// The commands with `--time-limit`, each with arguments that would otherwise run.
    static let timed: [[String]] = [
        ["plan", "domain.pddl", "problem.pddl"], ["schedule", "instance.sm"], ["lp", "model.lp"],
        ["solve", "scenario.yaml"],
    ]

    /// The commands with `--memory-limit`.
    static let measured: [[String]] = [
        ["plan", "domain.pddl", "problem.pddl"], ["lp", "model.lp"],
    ]

    @Test(arguments: timed, ["0", "-1", "nan", "inf"])
    func timeLimitMustBePositive(command: [String], value: String) throws {
        let outcome = try WerkProcess.run(command + ["--time-limit", value])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--time-limit must be a positive number of seconds"))
    }

    @Test(arguments: measured, ["0", "-1"])
    func memoryLimitMustBePositive(command: [String], value: String) throws {
        let outcome = try WerkProcess.run(command + ["--memory-limit", value])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--memory-limit must be a positive number of MiB"))
    }

    /// The commands with `--jobs`, and those with `--kill-grace`.
    static let parallel: [[String]] = [["run", "workflow.json"], ["solve", "scenario.yaml"]]
    static let stopping: [[String]] = [
        ["run", "workflow.json"], ["export", "workflow.json", "--to", "snakemake", "-o", "out"],
    ]

    @Test(arguments: parallel, ["0", "-2"])
    func jobsMustBeAtLeastOne(command: [String], value: String) throws {
        let outcome = try WerkProcess.run(command + ["--jobs", value])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--jobs must be at least 1"))
    }

    @Test(arguments: stopping, ["-1", "nan", "inf"])
    func killGraceMustBeFiniteAndNotNegative(command: [String], value: String) throws {
        let outcome = try WerkProcess.run(command + ["--kill-grace", value])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--kill-grace must be a number of seconds, 0 or more"))
    }

    @Test func everyCommandShowsTheSameHelp() throws {
        let helps = try (Self.timed + Self.measured).map {
            try WerkProcess.run([$0[0], "--help"]).output
        }
        let timeLimit = helps.map { Self.entry(of: "-t, --time-limit", in: $0) }
        let memoryLimit = helps.compactMap { Self.entry(of: "--memory-limit", in: $0) }
        #expect(timeLimit.allSatisfy { $0 != nil })
        #expect(Set(timeLimit).count == 1, "\(timeLimit)")
        #expect(memoryLimit.count == Self.measured.count * 2)
        #expect(Set(memoryLimit).count == 1, "\(memoryLimit)")
        for (option, commands) in [("-j, --jobs", Self.parallel), ("--kill-grace", Self.stopping)] {
            let entries = try commands.map {
                Self.entry(of: option, in: try WerkProcess.run([$0[0], "--help"]).output)
            }
            #expect(entries.allSatisfy { $0 != nil } && Set(entries).count == 1, "\(entries)")
        }
    }

    /// The help entry of the option that starts with `option`: its line and the indented
    /// lines after it.
    static func entry(of option: String, in help: String) -> String? {
        let lines = help.split(separator: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  \(option)") }) else {
            return nil
        }
        let rest = lines[(start + 1)...].prefix { $0.hasPrefix("                 ") }
        return ([lines[start]] + rest).joined(separator: "\n")
    }
}
