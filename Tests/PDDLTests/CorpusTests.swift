import Foundation
import PDDL
import Testing

@Suite("Benchmark corpus")
struct CorpusTests {
    /// Every task of the development corpus parses, and printing then re-parsing the domain
    /// and the problem gives an equal AST.
    @Test(arguments: Corpus.tasks(in: "pddl"))
    func parsesAndRoundTrips(task: Corpus.Task) throws {
        let domain = try PDDLParser.parseDomain(contentsOf: task.domainPath)
        let problem = try PDDLParser.parseProblem(contentsOf: task.problemPath, domain: domain)
        let domainText = PDDLPrinter.text(of: domain)
        let reparsedDomain = try PDDLParser.parseDomain(domainText, fileName: "printed-domain")
        let sameDomain = reparsedDomain == domain
        #expect(sameDomain)
        let problemText = PDDLPrinter.text(of: problem, domain: domain)
        let reparsedProblem = try PDDLParser.parseProblem(
            problemText, fileName: "printed-problem", domain: reparsedDomain)
        let sameProblem = reparsedProblem == problem
        #expect(sameProblem)
        #expect(!problem.initialAtoms.isEmpty)
    }

    /// The larger tasks of `pddl-hard` parse and round-trip too.
    @Test(arguments: Corpus.tasks(in: "pddl-hard"))
    func hardTasksParseAndRoundTrip(task: Corpus.Task) throws {
        try parsesAndRoundTrips(task: task)
    }

    @Test func corpusIsPresent() {
        #expect(Corpus.tasks(in: "pddl").count == 150)
    }
}
