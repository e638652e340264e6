import Foundation
import PDDL
import SourceText
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

    /// The larger tasks of `pddl-hard` (a large domain, a large problem) parse and round-trip
    /// too.
    @Test(arguments: Corpus.tasks(in: "pddl-hard"))
    func hardTasksParseAndRoundTrip(task: Corpus.Task) throws {
        try parsesAndRoundTrips(task: task)
    }

    /// The samples cover what the corpus lacks: durative actions, derived predicates, numeric
    /// conditions, `either`-free typed constants.
    @Test(arguments: ["delivery", "quantifiers", "flights"])
    func samplesRoundTrip(name: String) throws {
        try parsesAndRoundTrips(
            task: Corpus.Task(
                domainPath: Samples.path("\(name)-domain.pddl"),
                problemPath: Samples.path("\(name)-problem.pddl")))
    }

    @Test func durativeActionIsRead() throws {
        let domain = try PDDLParser.parseDomain(contentsOf: Samples.path("flights-domain.pddl"))
        let fly = try #require(domain.durativeActions.first { $0.name == "fly" })
        #expect(fly.parameters.map(\.name) == ["p", "from", "to"])
        #expect(fly.durationConstraints.map(\.comparison) == [.equal])
        #expect(fly.conditions.map(\.time) == [.atStart, .overAll])
        #expect(fly.effects.map(\.time) == [.atStart, .atStart, .atEnd, .atEnd])
        let ground = try #require(domain.durativeActions.first { $0.name == "ground" })
        #expect(ground.durationConstraints.map(\.comparison) == [.greaterOrEqual, .lessOrEqual])
    }

    @Test func variablesResolveToScopeIndices() throws {
        let domain = try PDDLParser.parseDomain(
            contentsOf: Samples.path("quantifiers-domain.pddl"))
        let stack = try #require(domain.actions.first { $0.name == "stack" })
        guard case .and(let parts) = stack.precondition.kind,
            case .not(let negated) = parts.last?.kind,
            case .exists(let first, let variables, let body) = negated.kind,
            case .atom(let atom) = body.kind
        else {
            Issue.record("unexpected shape of stack's precondition")
            return
        }
        #expect(first == 2)
        #expect(variables.map(\.name) == ["z"])
        #expect(atom.arguments == [.variable(0), .variable(2)])
        #expect(domain.derivedPredicates.map { domain.predicates[$0.predicate].name } == ["above"])
        let above = try #require(domain.predicateIndex(named: "above"))
        let on = try #require(domain.predicateIndex(named: "on"))
        #expect(domain.isDerived(above) && !domain.isDerived(on))
        let weight = try #require(domain.functionIndex(named: "weight"))
        #expect(domain.functions[weight].parameters.map(\.types) == [[1]])
        #expect(domain.types.id(of: "block") == 1)
        #expect(domain.types.isSubtype(1, of: TypeHierarchy.object))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let text = try Samples.text("delivery-domain.pddl")
        let marked = try PDDLParser.parseDomain("\u{FEFF}" + text, fileName: "bom.pddl")
        #expect(marked == (try PDDLParser.parseDomain(text, fileName: "plain.pddl")))
        let error = #expect(throws: DiagnosticList.self) {
            try PDDLParser.parseDomain("\u{FEFF}(define (domain d) (:bogus))", fileName: "bom.pddl")
        }
        #expect(error?.diagnostics.map(\.location) == [SourceLocation(line: 1, column: 21)])
    }

    @Test func corpusIsPresent() {
        #expect(Corpus.tasks(in: "pddl").count == 150)
        #expect(Corpus.tasks(in: "pddl-hard").count == 2)
    }
}
