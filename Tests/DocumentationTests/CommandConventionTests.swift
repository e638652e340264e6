import Foundation
import TestSupport
import Testing

/// The table of docs/cli-conventions.md against the commands themselves: a ✓ must be in the
/// command's `--help` (or its completion script), a — must not, so neither can change alone.
@Suite struct CommandConventionTests {
    /// One row of the table: the command and its cells by column heading.
    struct Row: CustomTestStringConvertible, Sendable {
        var command: String
        var cells: [String: Bool]
        var testDescription: String { "werk \(command)" }
    }

    /// The convention columns and how each shows in a command's help and completions.
    static let checks: [String: @Sendable (_ help: String, _ completion: String) -> Bool] = [
        "`-o`, `--output`": { help, _ in help.contains("-o, --output") },
        "`-t`, `--time-limit`": { help, _ in help.contains("-t, --time-limit") },
        "`-j`, `--jobs`": { help, _ in help.contains("-j, --jobs") },
        "`-q`, `--quiet`": { help, _ in help.contains("-q, --quiet") },
        "`--json`": { help, _ in help.contains("--json") },
        "`--memory-limit` in MiB": { help, _ in help.contains("--memory-limit <MiB>") },
        "file names complete": { _, completion in
            ["-F", "__fish_complete_directories", "_complete_directories"].contains {
                completion.contains($0)
            }
        },
        "`-` for stdin/stdout": { help, _ in help.contains("(- for standard") },
        "signals keep the best result": { help, _ in help.contains("SIGINT or SIGTERM") },
    ]

    static let rows: [Row] = {
        let page = DocumentationPage.repository.appending(path: "docs/cli-conventions.md")
        let text = (try? String(contentsOf: page, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("|") }
        guard let header = lines.first else { return [] }
        let headings = cells(of: header)
        return lines.dropFirst(2).map { line in
            let values = cells(of: line)
            var row = Row(
                command: values[0].replacingOccurrences(of: "`", with: "")
                    .replacingOccurrences(of: "werk ", with: ""),
                cells: [:])
            for (heading, value) in zip(headings.dropFirst(), values.dropFirst()) {
                row.cells[heading] = value == "✓"
            }
            return row
        }
    }()

    private static func cells(of line: Substring) -> [String] {
        line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The fish completion script: one line per option or argument, each naming its command.
    static let completionScript: String =
        (try? WerkProcess.run(["--generate-completion-script", "fish"]).output) ?? ""

    @Test func tableCoversEveryCommandAndConvention() {
        #expect(
            Set(Self.rows.map(\.command))
                == ["solve", "plan", "validate", "schedule", "lp", "run", "runs", "export"])
        for row in Self.rows {
            #expect(Set(row.cells.keys) == Set(Self.checks.keys), "\(row.command)")
        }
    }

    @Test(arguments: rows)
    func tableMatchesTheCommand(_ row: Row) throws {
        // `werk runs` lists its options under its subcommands.
        let helpArguments =
            row.command == "runs"
            ? [["runs", "list", "--help"], ["runs", "show", "--help"]] : [[row.command, "--help"]]
        let help = try helpArguments.map { try WerkProcess.run($0).output }.joined()
        let completion = Self.completionScript.split(separator: "\n")
            .filter { $0.contains("\"werk \(row.command)") }.joined(separator: "\n")
        #expect(
            !help.contains("--memory-limit") || help.contains("--memory-limit <MiB>"),
            "werk \(row.command): memory limits are in MiB")
        for (column, check) in Self.checks {
            let ticked = row.cells[column] == true
            #expect(
                check(help, completion) == ticked,
                "werk \(row.command), \(column): the table says \(ticked ? "✓" : "—")")
        }
    }
}
