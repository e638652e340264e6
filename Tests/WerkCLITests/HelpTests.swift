import Foundation
import TestSupport
import Testing

/// `--help`, `help` and `--version`: usage text on standard output and exit 0, for the root
/// command and every subcommand.
@Suite struct HelpTests {
    static let subcommands = [
        "solve", "plan", "validate", "schedule", "lp", "run", "runs", "export",
    ]

    @Test func rootHelpListsEverySubcommand() throws {
        let outcome = try WerkProcess.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("USAGE: werk"))
        for name in Self.subcommands {
            #expect(outcome.output.contains("  \(name) "), "missing \(name)")
        }
    }

    @Test(arguments: subcommands)
    func subcommandHelp(name: String) throws {
        for arguments in [[name, "--help"], ["help", name]] {
            let outcome = try WerkProcess.run(arguments)
            #expect(outcome.status == 0, "\(arguments)")
            #expect(outcome.output.contains("USAGE: werk \(name)"), "\(arguments)")
            #expect(outcome.error.isEmpty, "\(arguments)")
        }
    }

    @Test func versionPrintsAndExitsZero() throws {
        let outcome = try WerkProcess.run(["--version"])
        #expect(outcome.status == 0)
        #expect(!outcome.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}
