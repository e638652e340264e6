public import ArgumentParser
import Foundation

/// The `werk` command: one subcommand per job.
public struct Werk: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "werk",
        abstract: "Werkvloei: plan, schedule and run workflows.",
        version: "0.1.0",
        subcommands: [
            LPCommand.self,
            PlanCommand.self,
            ValidateCommand.self,
        ])

    public init() {}

    /// Parses the arguments, runs the command and exits with the status of DESIGN.md:
    /// usage errors exit 2 (not argument-parser's 64), bad input 2, outcomes as thrown.
    public static func mainWithExitStatus(arguments: [String]? = nil) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(ExitStatus.success.rawValue)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                // --help and --version end as "errors" that argument-parser prints itself.
                Self.exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { printToStandardError(message) }
            Foundation.exit(ExitStatus.badInput.rawValue)
        }
    }
}

/// Writes `message` and a newline to standard error.
func printToStandardError(_ message: String) {
    let line = message.hasSuffix("\n") ? message : message + "\n"
    FileHandle.standardError.write(Data(line.utf8))
}
