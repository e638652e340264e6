import Foundation
import PartialOrderPlanning
import PlanningTask
import SourceText
import TestSupport
import Testing

/// Deorderings of the planner's plans on the test corpus (small instances of every domain;
/// the whole corpus with VAL is in `Benchmarks/pop`).
@Suite("Corpus plans")
struct CorpusTests {
    static let domains = [
        "gripper", "logistics00", "blocks", "depot", "driverlog", "zenotravel", "satellite",
        "rovers", "freecell", "parcprinter-08-strips", "elevators-sat08-strips",
        "transport-sat08-strips", "barman-sat11-strips", "miconic-simpleadl", "schedule",
        "assembly",
    ]

    /// Valid, transitively reduced, and 100 random linearisations execute.
    @Test(arguments: domains)
    func deorderingIsValid(domain: String) throws {
        guard let (task, plan) = try Corpus.plannedTask(domain, "p01") else {
            Issue.record("no plan for \(domain)")
            return
        }
        let pop = try Deorderer(task: task).deorder(plan)
        #expect(pop.steps == plan.operators)
        #expect(try PartialOrderValidator(task: task).validate(pop) == .valid)
        #expect(!Linearisations.hasImpliedOrdering(pop))
        let generator = SuccessorGenerator(task: task)
        var random = SplitMix64(seed: UInt64(domain.utf8.count))
        for _ in 0..<100 {
            let order = Linearisations.random(of: pop, using: &random)
            #expect(Linearisations.isValid(order, of: pop, with: generator))
        }
    }

    /// Removing any one ordering makes the validator reject the plan (minimality), with a
    /// counter-example that really fails; with conditional effects an ordering may instead
    /// be needed to keep an effect's behaviour fixed, and the plan is rejected as unproven.
    @Test(arguments: ["logistics00", "depot", "rovers", "miconic-simpleadl", "assembly"])
    func everyOrderingIsNecessary(domain: String) throws {
        guard let (task, plan) = try Corpus.plannedTask(domain, "p02") else {
            Issue.record("no plan for \(domain)")
            return
        }
        let pop = try Deorderer(task: task).deorder(plan)
        let validator = PartialOrderValidator(task: task)
        let generator = SuccessorGenerator(task: task)
        for index in pop.orderings.indices {
            var weaker = pop
            weaker.orderings.remove(at: index)
            switch try validator.validate(weaker) {
            case .invalid(_, let counterexample, _):
                #expect(!Linearisations.isValid(counterexample, of: weaker, with: generator))
            case .unproven:
                #expect(task.hasConditionalEffects)
            case let verdict:
                Issue.record("\(domain): without \(pop.orderings[index]): \(verdict)")
            }
        }
    }

    /// The JSON file reads back as the same plan, and the DOT output renders with Graphviz.
    @Test func jsonRoundTripAndDOTRendering() throws {
        guard let (task, plan) = try Corpus.plannedTask("logistics00", "p01") else {
            Issue.record("no plan for logistics00/p01")
            return
        }
        let pop = try Deorderer(task: task).deorder(plan)
        let text = pop.jsonText(in: task, metrics: try PartialOrderMetrics(plan: pop))
        let reread = try PartialOrderPlanDocument.parse(text, file: "p01.json").plan(in: task)
        #expect(reread == pop)

        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("pop-dot-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let dotFile = directory.appendingPathComponent("pop.dot")
        try Data(try pop.dotText(in: task).utf8).write(to: dotFile)
        let svgFile = directory.appendingPathComponent("pop.svg")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg", dotFile.path, "-o", svgFile.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let svg = try String(contentsOf: svgFile, encoding: .utf8)
        #expect(svg.contains("<svg"))
        for op in pop.steps {
            // Graphviz writes '-' as an entity in SVG text.
            let label = task[op].description.replacingOccurrences(of: "-", with: "&#45;")
            #expect(svg.contains(label))
        }
    }

    /// Malformed files are reported at their line and column.
    @Test func malformedDocumentsPointIntoTheFile() {
        let cases: [(String, Int, Int)] = [
            ("{\"steps\": [\n  {\"id\": \"s1\" \"action\": \"(a)\"}]}", 2, 15),
            ("{\"orderings\": []}", 1, 1),
            ("{\"steps\": [{\"id\": \"s1\", \"action\": 3}]}", 1, 35),
            ("[1, 2", 1, 6),
            ("{\"steps\": [\n  {\"id\": \"s1\", \"id\": \"s2\", \"action\": \"(a)\"}]}", 2, 16),
            ("{\"steps\": [\n  {\"id\": \"s\u{07}1\", \"action\": \"(a)\"}]}", 2, 12),
        ]
        for (text, line, column) in cases {
            #expect {
                _ = try PartialOrderPlanDocument.parse(text, file: "plan.json")
            } throws: { error in
                guard let error = error as? Diagnostic else { return false }
                return error.location == SourceLocation(line: line, column: column)
                    && error.description.hasPrefix("plan.json:\(line):\(column): error: ")
            }
        }
    }
}
