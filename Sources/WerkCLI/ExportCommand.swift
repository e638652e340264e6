import ArgumentParser
import Foundation
import SourceText
import Workflow

/// `werk export`: writes a workflow for another engine.
struct ExportCommand: ParsableCommand {
    /// The engines a workflow can be exported to.
    enum Target: String, ExpressibleByArgument, CaseIterable {
        case snakemake
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a workflow to another engine.",
        discussion: """
            --to snakemake writes DIR/Snakefile (one rule per step) and DIR/profile/config.yaml \
            (the capacities as --resources limits); run it with \
            `snakemake --profile profile --cores N` inside DIR.
            """)

    @Argument(
        help: "The workflow file (JSON, schema werkvloei.workflow/v1).",
        completion: .file(extensions: ["json"]))
    var workflow: String

    @Option(help: "The engine to export to.")
    var to: Target

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The directory to write into (created if needed).", valueName: "folder"),
        completion: .directory)
    var output: String

    @OptionGroup var killGrace: KillGraceOption

    func run() throws {
        try InputFile.rejectFolders([workflow])
        let loaded = try WorkflowLoader.load(path: workflow)
        if let obstacle = SnakemakeExporter.obstacle(in: loaded) {
            throw Diagnostic(file: workflow, location: .unknown, message: obstacle)
        }
        let files: [ExportedFile] =
            switch to {
            case .snakemake:
                SnakemakeExporter(workflow: loaded, killGracePeriod: killGrace.seconds).files()
            }
        try OutputFile.writeFolder(
            output, files: files.map { ($0.relativePath, Data($0.contents.utf8)) })
        printToStandardError(
            "werk: wrote \(files.map(\.relativePath).joined(separator: ", ")) to \(output)")
    }
}
