import Foundation
import PDDL
import Testing

/// Replays the verdicts VAL gave on Fast Downward plans for the corpus and on their mutants
/// (recorded by `Benchmarks/pddl/val_agreement.py` in `Fixtures/plans/verdicts.csv`):
/// the validator must agree on every plan, and on the cost of every valid one.
@Suite("Agreement with VAL")
struct VALAgreementTests {
    struct Case: CustomStringConvertible, Sendable {
        var domain: String
        var problem: String
        var plan: String
        var valid: Bool
        var cost: Double?

        var description: String { plan }
    }

    static let plans = Bundle.module.bundleURL.appendingPathComponent("Fixtures/plans")

    static let cases: [Case] = {
        guard
            let text = try? String(
                contentsOf: plans.appendingPathComponent("verdicts.csv"), encoding: .utf8)
        else { return [] }
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(
                String.init)
            guard fields.count == 5 else { return nil }
            return Case(
                domain: fields[0], problem: fields[1], plan: fields[2],
                valid: fields[3] == "valid", cost: Double(fields[4]))
        }
    }()

    @Test func manifestCoversTheCorpus() {
        #expect(Set(Self.cases.map(\.domain)).count == 16)
        let mutants = Self.cases.filter { $0.plan.split(separator: ".").count > 2 }
        #expect(mutants.count >= 200)
    }

    /// The cases of one domain, validated against tasks parsed once.
    @Test(arguments: Set(cases.map(\.domain)).sorted())
    func agreesWithVAL(domainName: String) throws {
        let tasks = Dictionary(
            grouping: Corpus.tasks(in: "pddl").filter {
                URL(fileURLWithPath: $0.problemPath).deletingLastPathComponent().lastPathComponent
                    == domainName
            },
            by: { URL(fileURLWithPath: $0.problemPath).deletingPathExtension().lastPathComponent })
        var validators: [String: PlanValidator] = [:]
        for testCase in Self.cases where testCase.domain == domainName {
            guard let task = tasks[testCase.problem]?.first else {
                Issue.record("no corpus task for \(testCase.plan)")
                continue
            }
            let validator: PlanValidator
            if let cached = validators[testCase.problem] {
                validator = cached
            } else {
                let domain = try PDDLParser.parseDomain(contentsOf: task.domainPath)
                let problem = try PDDLParser.parseProblem(
                    contentsOf: task.problemPath, domain: domain)
                validator = PlanValidator(domain: domain, problem: problem)
                validators[testCase.problem] = validator
            }
            let steps = try PlanReader.read(
                contentsOf: Self.plans.appendingPathComponent(testCase.plan).path)
            let verdict = validator.validate(steps)
            #expect(verdict.isValid == testCase.valid, "\(testCase.plan): \(verdict)")
            if case .valid(let cost) = verdict, let expected = testCase.cost {
                #expect(
                    abs(cost - expected) < 1e-6, "\(testCase.plan): cost \(cost) vs VAL \(expected)"
                )
            }
        }
    }
}
