import Foundation
import TestSupport
import Testing

/// README.md and docs/ say what is true: the commands they show print what they show, their
/// JSON parses and matches its schema, their links resolve inside the repository, no
/// placeholder is left, and docs/benchmarks.md is what its script generates.
/// The conventions are described in docs/README.md.
@Suite struct DocumentationTests {
    static let pages = DocumentationPage.all

    /// Words that mark unfinished text.
    static let forbiddenMarkers = [
        "TODO", "FIXME", "XXX", "TBD", "BENCHMARK_TABLE", "AGREEMENT_AND_SPEED", "EXAMPLE_",
        "Lorem ipsum",
    ]

    @Test func everyPageIsRead() {
        #expect(Self.pages.count > 10)
        #expect(Self.pages.allSatisfy { !$0.prose.isEmpty })
    }

    /// Runs each example from the repository root with the `werk` of this build first in
    /// `PATH`, one at a time (several write under out/).
    @Test(.serialized, arguments: ConsoleExample.all(in: DocumentationTests.pages))
    func consoleExample(_ example: ConsoleExample) async throws {
        #expect(example.command.hasPrefix("werk "), "only werk commands are run")
        let (status, output) = try await Self.shell(example.command)
        #expect(status == 0, "exit status \(status)\n\(output)")
        let actual = output.components(separatedBy: "\n")
        #expect(
            ConsoleExample.output(actual, matches: example.expected),
            "\(example.page):\(example.line): the output differs from the page:\n\(output)")
    }

    @Test func consoleExamplesExist() {
        let examples = ConsoleExample.all(in: Self.pages)
        #expect(examples.filter { $0.page == "README.md" }.count >= 3)
        #expect(examples.count >= 10)
    }

    /// Every ```json block parses (a repeated key is an error); a block under a
    /// `<!-- schema: PATH -->` line, and every workflow document, matches its schema.
    @Test func jsonAndSchemaExamples() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-doc-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var bySchema: [String: [String]] = [:]
        var count = 0
        for page in Self.pages {
            for block in page.codeBlocks where block.language == "json" || block.schema != nil {
                let text = block.lines.joined(separator: "\n")
                var schema = block.schema
                if schema == nil, text.contains("\"werkvloei.workflow/v1\"") {
                    schema = "Sources/Workflow/Schema/workflow-v1.schema.json"
                }
                let name = page.path.replacingOccurrences(of: "/", with: "_")
                let file = directory.appendingPathComponent(
                    "\(name)_line\(block.line).\(block.language == "yaml" ? "yaml" : "json")")
                try Data(text.utf8).write(to: file)
                bySchema[schema ?? "", default: []].append(file.path)
                count += 1
            }
        }
        #expect(count >= 5)
        #expect(bySchema.count >= 3, "examples for the scenario and workflow schemas")
        for (schema, files) in bySchema {
            let path =
                schema.isEmpty
                ? nil : DocumentationPage.repository.appendingPathComponent(schema).path
            let verdict = try JSONSchemaCheck.validate(files, schemaPath: path)
            #expect(verdict == .accepted, "\(verdict)")
        }
    }

    /// Links stay inside the repository and reach a file or folder, and a heading where
    /// they name one.
    @Test func relativeLinksResolve() {
        let root = DocumentationPage.repository.standardizedFileURL.path
        let anchors = Dictionary(
            uniqueKeysWithValues: Self.pages.map { ($0.path, $0.anchors) })
        for page in Self.pages {
            let folder = DocumentationPage.repository.appendingPathComponent(page.path)
                .deletingLastPathComponent()
            for (line, target) in page.links {
                let place = "\(page.path):\(line): \(target)"
                #expect(!target.contains(":"), "\(place): links must stay in the repository")
                let parts = target.split(
                    separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = String(parts[0])
                let url =
                    file.isEmpty
                    ? DocumentationPage.repository.appendingPathComponent(page.path)
                    : folder.appendingPathComponent(file).standardizedFileURL
                #expect(url.path.hasPrefix(root + "/"), "\(place) leaves the repository")
                #expect(FileManager.default.fileExists(atPath: url.path), "\(place) does not exist")
                if parts.count == 2 {
                    let relative = String(url.path.dropFirst(root.count + 1))
                    #expect(
                        anchors[relative]?.contains(String(parts[1])) == true,
                        "\(place): no such heading")
                }
            }
        }
    }

    @Test func noPlaceholders() {
        for page in Self.pages {
            for (line, text) in page.prose + page.codeBlocks.flatMap(Self.numberedLines) {
                for marker in Self.forbiddenMarkers where text.contains(marker) {
                    Issue.record("\(page.path):\(line): placeholder \(marker)")
                }
            }
        }
    }

    /// The same line twice in a row, outside code blocks, is a copy-paste slip.
    @Test func noRepeatedLines() {
        for page in Self.pages {
            for (previous, next) in zip(page.prose, page.prose.dropFirst())
            where next.line == previous.line + 1 && !next.text.isEmpty
                && next.text == previous.text && !next.text.hasPrefix("|")
            {
                Issue.record("\(page.path):\(next.line): the line above, again")
            }
        }
    }

    /// docs/benchmarks.md is what `Benchmarks/benchmarks_page.py` makes of the result files.
    @Test func benchmarksPageIsGenerated() async throws {
        let (status, output) = try await Self.shell("python3 Benchmarks/benchmarks_page.py --check")
        #expect(status == 0, "\(output)")
    }

    /// The front page's picture is what `werk solve` draws for the kitchen scenario today.
    @Test func ganttChartIsCurrent() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-doc-kitchen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (status, output) = try await Self.shell(
            "werk solve Problems/scenarios/kitchen/scenario.yaml --output '\(directory.path)'")
        #expect(status == 0, "\(output)")
        let drawn = try Data(contentsOf: directory.appendingPathComponent("gantt.svg"))
        let committed = try Data(
            contentsOf: DocumentationPage.repository.appendingPathComponent(
                "docs/images/kitchen-gantt.svg"))
        #expect(drawn == committed, "copy out/kitchen/gantt.svg to docs/images/kitchen-gantt.svg")
    }

    @Test func elisionMarkers() {
        #expect(ConsoleExample.output(["a", "b", "c"], matches: ["a", "…", "c"]))
        #expect(ConsoleExample.output(["a", "c"], matches: ["a", "…", "c"]))
        #expect(!ConsoleExample.output(["a", "b"], matches: ["a", "…", "c"]))
        #expect(ConsoleExample.line("took 0.25 s", matches: "took … s"))
        #expect(!ConsoleExample.line("took 0.25 ms", matches: "took … s."))
        #expect(!ConsoleExample.output(["a", "b"], matches: ["a", "c"]))
    }

    private static func numberedLines(
        of block: DocumentationPage.CodeBlock
    ) -> [(line: Int, text: String)] {
        block.lines.enumerated().map { (block.line + 1 + $0.offset, $0.element) }
    }

    /// Runs `command` with `/bin/sh` in the repository, the directory of this build's `werk`
    /// first in `PATH`; returns the exit status and standard output followed by standard error
    /// (without the progress lines a terminal would not keep).
    static func shell(_ command: String) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = DocumentationPage.repository
        var environment = ProcessInfo.processInfo.environment
        let werkFolder = URL(fileURLWithPath: WerkProcess.path).deletingLastPathComponent().path
        environment["PATH"] = werkFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read standard error on another thread, so that neither pipe fills up and blocks.
        let errorText = Task.detached {
            String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let standardOutput = String(decoding: outputData, as: UTF8.self)
        let standardError = ProgressLines.removed(from: await errorText.value)
        return (process.terminationStatus, standardOutput + standardError)
    }
}
