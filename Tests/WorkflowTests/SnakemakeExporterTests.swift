import Foundation
import Testing
import Workflow

/// The Snakefile's shape; running it is tested in WorkflowExecutionTests.
@Suite("Snakemake exporter")
struct SnakemakeExporterTests {
    private func workflow() throws -> ExecutableWorkflow {
        let document = WorkflowDocument(
            name: "export",
            resources: ["cpu": 4, "gpu": 1],
            steps: [
                WorkflowStep(
                    id: "prepare.data", command: ["true"], uses: ["cpu": 2], plannedStart: 3),
                WorkflowStep(
                    id: "train", command: ["printf", "%s\\n", "{x} \"y\" 'z'"],
                    after: ["prepare.data", "prepare.data"], uses: ["cpu": 1, "gpu": 1],
                    timeout: 60,
                    retries: 2, plannedStart: 5, env: ["MODE": "fast"], cwd: "sub"),
            ])
        let bytes = Array(try JSONEncoder().encode(document))
        let source = WorkflowSource(
            displayPath: "wf.json", absolutePath: "/w/wf.json", directory: "/w", bytes: bytes)
        return try WorkflowLoader.decode(bytes: bytes, source: source)
    }

    @Test("one rule per step with sentinels, resources, retries, priorities and logs")
    func ruleShape() throws {
        let exporter = SnakemakeExporter(workflow: try workflow(), killGracePeriod: 2)
        let files = exporter.files()
        #expect(files.map(\.relativePath) == ["Snakefile", "profile/config.yaml"])
        let snakefile = files[0].contents
        #expect(exporter.ruleName(of: 0) == "s0_prepare_data")
        #expect(snakefile.components(separatedBy: "\nrule ").count == 4)  // all + 2 steps
        #expect(
            snakefile.contains(
                "rule s1_train:\n    input:\n        \".werk-done/prepare.data\",\n    output:"))
        #expect(snakefile.contains("touch(\".werk-done/train\")"))
        #expect(snakefile.contains("        cpu=1,\n        gpu=1,\n"))
        #expect(snakefile.contains("    retries: 2\n"))
        #expect(snakefile.contains("    priority: 2\n"))  // planned first → highest priority
        #expect(snakefile.contains("cd /w/sub && env MODE=fast timeout -k 2 60 printf"))
        #expect(snakefile.contains(#"'{{x}} \"y\" '\\''z'\\'''"#))
        #expect(snakefile.contains("> {log.out:q} 2> {log.err:q}"))
        let profile = files[1].contents
        #expect(profile.contains("  - cpu=4\n  - gpu=1\n"))
        #expect(profile.contains("scheduler: greedy"))
    }

    @Test("named units become resources of capacity 1, and the environment names them")
    func units() throws {
        let document = WorkflowDocument(
            name: "units", resources: ["welder": 2],
            steps: [
                WorkflowStep(
                    id: "weld", command: ["true"], uses: ["welder": 1],
                    units: ["welder": ["ben"]]),
                WorkflowStep(
                    id: "grind", command: ["true"], uses: ["welder": 1],
                    units: ["welder": ["ana"]], env: ["MODE": "x"]),
            ])
        let bytes = Array(try JSONEncoder().encode(document))
        let source = WorkflowSource(
            displayPath: "wf.json", absolutePath: "/w/wf.json", directory: "/w", bytes: bytes)
        let files = SnakemakeExporter(
            workflow: try WorkflowLoader.decode(bytes: bytes, source: source)
        )
        .files()
        #expect(files[0].contents.contains("        welder=1,\n        werk_unit_1=1,\n"))
        #expect(files[0].contents.contains("env MODE=x WERK_UNIT_WELDER=ana true"))
        #expect(
            files[1].contents.hasSuffix(
                "  - welder=2\n  - werk_unit_0=1  # welder/ana\n  - werk_unit_1=1  # welder/ben\n"))
    }
}
