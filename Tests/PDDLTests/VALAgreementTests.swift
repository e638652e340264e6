import Foundation
import PDDL
import TestSupport
import Testing

/// Replays the verdicts VAL gave on Fast Downward plans for the corpus, on the sample plans
/// and on their mutants (recorded by `Benchmarks/pddl/val_agreement.py` in
/// `Fixtures/plans/verdicts.csv`): the validator must agree on every plan, and on the cost of
/// every valid one.
@Suite("Agreement with VAL")
struct VALAgreementTests {
    struct Case: CustomStringConvertible, Sendable {
        var domain: String
        var problem: String
        var plan: String
        var valid: Bool
        var cost: Double?

        var description: String { plan }
        var isMutant: Bool { plan.split(separator: ".").count > 2 }
    }

    static let fixtures = Bundle.module.bundleURL.appendingPathComponent("Fixtures")

    static let cases: [Case] = {
        let manifest = fixtures.appendingPathComponent("plans/verdicts.csv")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else { return [] }
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
        let corpusDomains = Set(Self.cases.map(\.domain)).subtracting(["samples"])
        #expect(corpusDomains.count == 16)
        #expect(Self.cases.filter(\.isMutant).count >= 200)
        #expect(Self.cases.contains { $0.domain == "samples" && $0.problem == "flights" })
    }

    /// The domain and problem files of a case: a corpus task or a sample.
    private func files(of testCase: Case) throws -> (domain: String, problem: String) {
        if testCase.domain == "samples" {
            return (
                Samples.path("\(testCase.problem)-domain.pddl"),
                Samples.path("\(testCase.problem)-problem.pddl")
            )
        }
        return try TestCorpus.pddlTask(testCase.domain, testCase.problem)
    }

    /// The cases of one domain, validated against tasks parsed once.
    @Test(arguments: Set(cases.map(\.domain)).sorted())
    func agreesWithVAL(domainName: String) throws {
        var validators: [String: PlanValidator] = [:]
        for testCase in Self.cases where testCase.domain == domainName {
            let files = try files(of: testCase)
            let validator: PlanValidator
            if let cached = validators[testCase.problem] {
                validator = cached
            } else {
                let domain = try PDDLParser.parseDomain(contentsOf: files.domain)
                let problem = try PDDLParser.parseProblem(contentsOf: files.problem, domain: domain)
                validator = PlanValidator(domain: domain, problem: problem)
                validators[testCase.problem] = validator
            }
            let steps = try PlanReader.read(
                contentsOf: Self.fixtures.appendingPathComponent(testCase.plan).path)
            let verdict = validator.validate(steps)
            #expect(verdict.isValid == testCase.valid, "\(testCase.plan): \(verdict)")
            if case .valid(let cost) = verdict, let expected = testCase.cost {
                #expect(abs(cost - expected) < 1e-6, "\(testCase.plan): \(cost) vs VAL \(expected)")
            }
        }
    }
}
