public import ArgumentParser
import Foundation
import SourceText

/// The `werk` command: one subcommand per job.
public struct Werk: AsyncParsableCommand {
    /// The command name, version and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "werk",
        abstract: "Werkvloei: plan, schedule and run workflows.",
        version: "0.1.0",
        subcommands: [
            SolveCommand.self,
            PlanCommand.self,
            ValidateCommand.self,
            ScheduleCommand.self,
            LPCommand.self,
            RunCommand.self,
            RunsCommand.self,
            ExportCommand.self,
        ])

    /// Creates the command (ArgumentParser fills it from the arguments).
    public init() {}

    /// Parses the arguments, runs the command and exits with its status.
    public static func mainWithExitStatus() async -> Never {
        Foundation.exit(await exitStatus(arguments: nil))
    }

    /// Parses `arguments` (the process's when nil), runs the command and returns its
    /// ``ExitStatus``: usage errors give 2 (not argument-parser's 64), as does bad input;
    /// outcomes give the status the command throws.
    public static func exitStatus(arguments: [String]?) async -> Int32 {
        var command: any ParsableCommand
        let arguments = joiningNegativeValues(arguments ?? Array(CommandLine.arguments.dropFirst()))
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if let help = helpText(for: error) { return show(help) }
            printToStandardError(fullMessage(for: error))
            return ExitStatus.badInput.rawValue
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return ExitStatus.success.rawValue
        } catch let code as ExitCode {
            return code.rawValue
        } catch let error as InternalError {
            printToStandardError("werk: \(error)")
            return ExitStatus.internalError.rawValue
        } catch {
            // `werk help SUBCOMMAND` parses to a command whose run throws the help request.
            if let help = helpText(for: error) { return show(help) }
            // Every reader's errors are `Diagnostic`s (or a `DiagnosticList`), which describe
            // themselves as `file:line:column: error: …`; Foundation's file errors are turned
            // into such a sentence. Commands throw them here rather than print them.
            printToStandardError(
                SystemErrorMessage.diagnostic(for: error)?.description ?? String(describing: error))
            return ExitStatus.badInput.rawValue
        }
    }

    /// `arguments` with `--option -5` written `--option=-5`: argument-parser would read the
    /// negative number as an option and report a missing value, where the command's own
    /// check says what the option accepts (`--time-limit must be a positive number…`).
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var joined: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            let next = index + 1 < arguments.endIndex ? arguments[index + 1] : nil
            if argument.hasPrefix("--"), argument.count > 2, !argument.contains("="),
                let next, next.count > 1, next.hasPrefix("-"),
                Double(next) != nil
            {
                joined.append(argument + "=" + next)
                index += 2
            } else {
                joined.append(argument)
                index += 1
            }
        }
        return joined
    }

    /// The text to show when `error` is a request for help or the version, else `nil`.
    private static func helpText(for error: any Error) -> String? {
        exitCode(for: error) == .success ? fullMessage(for: error) : nil
    }

    private static func show(_ text: String) -> Int32 {
        print(text)
        return ExitStatus.success.rawValue
    }
}

/// Writes `message` and a newline to standard error.
func printToStandardError(_ message: String) {
    let line = message.hasSuffix("\n") ? message : message + "\n"
    FileHandle.standardError.write(Data(line.utf8))
}
