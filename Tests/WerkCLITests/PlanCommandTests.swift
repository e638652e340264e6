import Foundation
import TestSupport
import Testing

/// `werk plan` end to end: runs the built `werk` executable on small PDDL files.
@Suite("werk plan")
struct PlanCommandTests {
    static let domain = """
        (define (domain lights) (:requirements :strips :negative-preconditions :action-costs)
          (:predicates (on ?l) (broken ?l) (linked ?a ?b))
          (:functions (total-cost))
          (:action switch-on :parameters (?l) :precondition (and (not (on ?l)) (not (broken ?l)))
             :effect (and (on ?l) (increase (total-cost) 2)))
          (:action chain :parameters (?a ?b) :precondition (and (on ?a) (linked ?a ?b))
             :effect (and (on ?b) (increase (total-cost) 1))))
        """

    private func write(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    private func problem(goal: String) -> String {
        """
        (define (problem p) (:domain lights) (:objects a b c d)
          (:init (linked a b) (linked b c) (broken c) (broken d) (= (total-cost) 0))
          (:goal \(goal)) (:metric minimize (total-cost)))
        """
    }

    @Test("prints an optimal IPC plan with its cost; --output writes the same text")
    func optimalPlan() throws {
        let directory = try write(["domain.pddl": Self.domain, "p.pddl": problem(goal: "(on c)")])
        let domain = directory.appendingPathComponent("domain.pddl").path
        let problemPath = directory.appendingPathComponent("p.pddl").path
        let result = try WerkProcess.run(["plan", domain, problemPath, "--search", "opt"])
        #expect(result.status == 0)
        // c is broken: it can only be reached through the link from b (switch b on: 2, chain: 1).
        #expect(result.output == "(switch-on b)\n(chain b c)\n; cost = 3 (general cost)\n")
        let planFile = directory.appendingPathComponent("plan.txt").path
        // An existing file is replaced, not lost.
        try "an older plan\n".write(toFile: planFile, atomically: true, encoding: .utf8)
        let written = try WerkProcess.run([
            "plan", domain, problemPath, "--search", "opt", "--output", planFile, "--stats",
        ])
        #expect(written.status == 0 && written.output.isEmpty)
        #expect(try String(contentsOfFile: planFile, encoding: .utf8) == result.output)
        #expect(written.error.contains("operators:") && written.error.contains("search time:"))
    }

    @Test(
        "satisficing and anytime search find valid plans",
        arguments: [[], ["--anytime", "--time-limit", "5"]])
    func satisficing(extra: [String]) throws {
        let directory = try write([
            "domain.pddl": Self.domain, "p.pddl": problem(goal: "(and (on b) (on c))"),
        ])
        let result = try WerkProcess.run(
            [
                "plan", directory.appendingPathComponent("domain.pddl").path,
                directory.appendingPathComponent("p.pddl").path,
            ] + extra)
        #expect(result.status == 0)
        #expect(result.output.contains("(chain b c)"))
        #expect(result.output.contains("; cost = "))
    }

    @Test("a proven unsolvable task exits 1")
    func unsolvable() throws {
        // d is broken and nothing links to it.
        let directory = try write(["domain.pddl": Self.domain, "p.pddl": problem(goal: "(on d)")])
        let result = try WerkProcess.run([
            "plan", directory.appendingPathComponent("domain.pddl").path,
            directory.appendingPathComponent("p.pddl").path,
        ])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
    }

    @Test("bad input exits 2 with file:line:column")
    func badInput() throws {
        let directory = try write([
            "domain.pddl": Self.domain,
            "p.pddl": "(define (problem p) (:domain lights)\n  (:init (on d)) (:goal (on a)))",
        ])
        let problemPath = directory.appendingPathComponent("p.pddl").path
        let result = try WerkProcess.run([
            "plan", directory.appendingPathComponent("domain.pddl").path, problemPath,
        ])
        #expect(result.status == 2)
        #expect(result.error.contains("\(problemPath):2:"))
        let usage = try WerkProcess.run(["plan", "only-one-file.pddl"])
        #expect(usage.status == 2)
    }

    @Test("a time or memory limit reached before any plan exits 3")
    func timeLimit() throws {
        let (domain, problem) = try TestCorpus.pddlTask("blocks", "p10")
        let result = try WerkProcess.run([
            "plan", domain, problem, "--search", "opt", "--heuristic", "blind", "--time-limit",
            "0.05",
        ])
        #expect(result.status == 3)
        #expect(result.error.contains("time limit"))
        let memory = try WerkProcess.run([
            "plan", domain, problem, "--search", "opt", "--heuristic", "blind", "--memory-limit",
            "1",
        ])
        #expect(memory.status == 3)
        #expect(memory.error.contains("memory limit"))
        #expect(memory.output.isEmpty)
    }
}
