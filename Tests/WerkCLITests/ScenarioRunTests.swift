import Foundation
import TestSupport
import Testing

/// Every bundled scenario of `Problems/scenarios`, solved and run with `werk solve --run`:
/// the run succeeds and the files its commands are meant to produce are there, with the
/// expected contents.
@Suite("werk solve --run on the bundled scenarios")
struct ScenarioRunTests {
    private static let scenarios = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Problems/scenarios")

    /// A scenario's output folder after `werk solve scenario --output folder --run`.
    private struct Run {
        var folder: URL

        /// The text of `relativePath` in the output folder.
        func text(_ relativePath: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
        }

        /// The names in the tar archive at `relativePath`, as `tar -tf` lists them.
        func archiveMembers(_ relativePath: String) throws -> Set<String> {
            let tar = Process()
            tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            tar.arguments = ["tar", "-tf", folder.appendingPathComponent(relativePath).path]
            let listing = try ProcessOutput.run(tar)
            #expect(listing.succeeded, "tar -tf \(relativePath): \(listing.text)")
            return Set(listing.text.split(separator: "\n").map(String.init))
        }

        /// Every line the steps printed on standard output (their logs in `.werk`).
        func printedLines() throws -> Set<String> {
            let logs = folder.appendingPathComponent(".werk/runs/1/logs")
            var lines: Set<String> = []
            for file in try FileManager.default.contentsOfDirectory(atPath: logs.path)
            where file.hasSuffix(".out") {
                let text = try String(
                    contentsOf: logs.appendingPathComponent(file), encoding: .utf8)
                lines.formUnion(text.split(separator: "\n").map(String.init))
            }
            return lines
        }
    }

    /// Solves and runs `scenarioFile` into a fresh scratch folder, expects the run to
    /// succeed, and hands the folder to `check`.
    private func solveAndRun(_ scenarioFile: URL, check: (Run) throws -> Void) throws {
        let folder = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try WerkProcess.run([
            "solve", scenarioFile.path, "--output", folder.path, "--run", "--jobs", "4",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("succeeded, 0 failed, 0 not run"), "\(result.error)")
        try check(Run(folder: folder))
    }

    private func solveAndRun(scenario name: String, check: (Run) throws -> Void) throws {
        try solveAndRun(
            Self.scenarios.appendingPathComponent("\(name)/scenario.yaml"), check: check)
    }

    @Test("each bundled scenario has a test here")
    func everyScenarioIsCovered() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.scenarios.path)
        #expect(Set(folders) == ["delivery", "kitchen", "lab", "release", "workshop"])
    }

    @Test("release: sources, binaries, one package per platform, notes, and all of it published")
    func release() throws {
        try solveAndRun(scenario: "release") { run throws in
            for component in ["core", "cli"] {
                #expect(try run.text("src/\(component)/README") == "source of \(component)\n")
                for platform in ["linux", "arm"] {
                    #expect(
                        try run.text("build/\(component)-\(platform).bin")
                            == "source of \(component)\n"
                    )
                }
            }
            for platform in ["linux", "arm"] {
                let members: Set = ["build/core-\(platform).bin", "build/cli-\(platform).bin"]
                #expect(try run.archiveMembers("dist/release-\(platform).tar") == members)
                #expect(try run.archiveMembers("public/release-\(platform).tar") == members)
            }
            #expect(try run.text("dist/NOTES.md") == "# Release notes\n")
            #expect(try run.text("public/NOTES.md") == "# Release notes\n")
            #expect(try run.printedLines().contains("published"))
        }
    }

    @Test("release: publishing waits for every package, however long one takes")
    func releaseWaitsForEveryPackage() throws {
        let scenario = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scenario) }
        let original = Self.scenarios.appendingPathComponent("release")
        for file in ["domain.pddl", "problem.pddl"] {
            try FileManager.default.copyItem(
                at: original.appendingPathComponent(file),
                to: scenario.appendingPathComponent(file))
        }
        let package = #"run: "mkdir -p dist && tar -cf dist/release-{?p}.tar"#
        let text = try String(
            contentsOf: original.appendingPathComponent("scenario.yaml"), encoding: .utf8)
        try #require(text.contains(package))
        let delayed = text.replacingOccurrences(
            of: package,
            with:
                #"run: "if [ {?p} = arm ]; then sleep 2; fi; mkdir -p dist && tar -cf dist/release-{?p}.tar"#
        )
        let scenarioFile = scenario.appendingPathComponent("scenario.yaml")
        try delayed.write(to: scenarioFile, atomically: true, encoding: .utf8)

        try solveAndRun(scenarioFile) { run throws in
            for platform in ["arm", "linux"] {
                #expect(
                    try run.archiveMembers("public/release-\(platform).tar")
                        == ["build/core-\(platform).bin", "build/cli-\(platform).bin"])
            }
        }
    }

    @Test("kitchen: every dish prepared, cooked on its appliance, plated and served at its table")
    func kitchen() throws {
        try solveAndRun(scenario: "kitchen") { run throws in
            let printed = try run.printedLines()
            let tables = [
                "lasagne": "t1", "steak": "t1", "gratin": "t2", "risotto": "t2", "soup": "t3",
            ]
            for (dish, table) in tables {
                let cooked =
                    ["lasagne", "gratin"].contains(dish) ? "baking \(dish)" : "frying \(dish)"
                for line in [
                    "preparing \(dish)", cooked, "plating \(dish)",
                    "serving \(dish) at table \(table)",
                ] {
                    #expect(printed.contains(line), "\(line)")
                }
            }
        }
    }

    @Test("delivery: every parcel loaded at the depot and unloaded at its destination")
    func delivery() throws {
        try solveAndRun(scenario: "delivery") { run throws in
            let printed = try run.printedLines()
            let destinations = [
                "fridge": "centre", "sofa": "harbour", "lamp": "airport", "books": "centre",
            ]
            for (parcel, destination) in destinations {
                #expect(
                    printed.contains {
                        $0.hasPrefix("loading \(parcel) into ") && $0.hasSuffix(" at depot")
                    }, "\(parcel) loaded")
                #expect(
                    printed.contains {
                        $0.hasPrefix("unloading \(parcel) from ")
                            && $0.hasSuffix(" at \(destination)")
                    }, "\(parcel) delivered")
            }
        }
    }

    @Test("lab: every sample prepared, sequenced (sorted), analysed (summed) and archived")
    func lab() throws {
        try solveAndRun(scenario: "lab") { run throws in
            let sorted = (1...200).map { "\($0)\n" }.joined()
            for sample in ["s1", "s2", "s3", "s4"] {
                let prepared = try run.text("samples/\(sample).txt")
                #expect(
                    prepared.split(separator: "\n").map { Int($0) ?? 0 }.sorted() == Array(1...200))
                #expect(try run.text("reads/\(sample).txt") == sorted)
                #expect(try run.text("results/\(sample).sum") == "20100\n")
                #expect(
                    try run.archiveMembers("archive/\(sample).tar")
                        == [
                            "samples/\(sample).txt", "reads/\(sample).txt", "results/\(sample).sum",
                        ])
            }
        }
    }
}
