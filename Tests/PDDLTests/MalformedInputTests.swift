import Foundation
import PDDL
import SourceText
import TestSupport
import Testing

/// Every malformed input gives a `file:line:column: error:` diagnostic at the right place, from
/// the library and from `werk validate` (exit status 2), and nothing crashes.
@Suite("Malformed input")
struct MalformedInputTests {
    /// The start of a small typed domain; actions follow on line 5.
    static let domainHeader = """
        (define (domain d)
        (:requirements :strips :typing)
        (:types block)
        (:predicates (on ?x ?y - block) (clear ?x - block))

        """
    /// The start of a problem of the delivery sample domain; sections follow on line 4.
    static let problemHeader = """
        (define (problem p)
        (:domain delivery)
        (:objects t1 - truck p1 - package a - location)

        """
    static let durativeHeader = """
        (define (domain d)
        (:requirements :durative-actions)
        (:predicates (p))

        """

    static let cases: [MalformedInput] = {
        let h = domainHeader
        let p = problemHeader
        let t = durativeHeader
        var cases: [MalformedInput] = [
            .init("empty domain", .domain, "«", "empty"),
            .init("only a comment", .domain, "; nothing here\n«", "empty"),
            .init(
                "truncated predicate", .domain, "(define (domain d)\n(:predicates «(on ?x",
                "never closed"),
            .init("truncated define", .domain, "«(define (domain d)", "never closed"),
            .init("stray parenthesis", .domain, "(define (domain d))\n«)", "unmatched ')'"),
            .init("missing define", .domain, "(«domain d)", "expected 'define'"),
            .init("problem given as domain", .domain, "(define («problem p))", "expected 'domain'"),
            .init("unknown section", .domain, h + "(«:actions a)\n)", "unknown domain section"),
            .init(
                "unknown requirement", .domain,
                "(define (domain d)\n(:requirements :strips «:teleportation))",
                "unknown requirement"),
            .init(
                "undeclared parameter type", .domain,
                "(define (domain d)\n(:requirements :typing)\n(:predicates (p ?x - «vehicle)))",
                "undeclared type 'vehicle'"),
            .init(
                "undeclared constant type", .domain,
                "(define (domain d)\n(:constants c1 - «thing))",
                "undeclared type 'thing'"),
            .init(
                "undeclared predicate in precondition", .domain,
                h
                    + "(:action a :parameters (?x - block) :precondition («holding ?x) :effect (clear ?x)))",
                "undeclared predicate 'holding'"),
            .init(
                "undeclared predicate in effect", .domain,
                h + "(:action a :parameters (?x - block) :effect (not («holding ?x))))",
                "undeclared predicate 'holding'"),
            .init(
                "wrong arity in precondition", .domain,
                h
                    + "(:action a :parameters (?x - block) :precondition «(on ?x) :effect (clear ?x)))",
                "takes 2 arguments, found 1"),
            .init(
                "wrong arity in effect", .domain,
                h + "(:action a :parameters (?x - block) :effect «(clear ?x ?x)))",
                "takes 1 argument, found 2"),
            .init(
                "unbound variable in precondition", .domain,
                h
                    + "(:action a :parameters (?x - block) :precondition (clear «?y) :effect (clear ?x)))",
                "unbound variable '?y'"),
            .init(
                "unbound variable in effect", .domain,
                h + "(:action a :parameters (?x - block) :effect (clear «?z)))",
                "unbound variable '?z'"),
            .init(
                "duplicate predicate", .domain, "(define (domain d)\n(:predicates (p) («p)))",
                "duplicate predicate 'p'"),
            .init(
                "duplicate action", .domain,
                h + "(:action a :effect (and))\n(:action «a :effect (and)))", "duplicate action 'a'"
            ),
            .init(
                "duplicate constant", .domain, "(define (domain d)\n(:constants c «c))",
                "duplicate constant 'c'"),
            .init(
                "duplicate parameter", .domain,
                h + "(:action a :parameters (?x «?x - block) :effect (and)))",
                "duplicate parameter '?x'"),
            .init(
                "constant of the wrong type", .domain,
                "(define (domain d)\n(:requirements :typing)\n(:types block table)\n"
                    + "(:constants t1 - table)\n(:predicates (clear ?x - block))\n"
                    + "(:action a :effect (clear «t1)))", "type mismatch"),
            .init(
                "unknown action part", .domain, h + "(:action a «:pre (clear ?x)))",
                "unknown action part ':pre'"),
            .init(
                "undeclared function", .domain, h + "(:action a :effect (increase («fuel) 1)))",
                "undeclared function 'fuel'"),
            .init(
                "wrong function arity", .domain,
                "(define (domain d)\n(:functions (f ?x))\n(:predicates (p))\n"
                    + "(:action a :effect (increase «(f) 1)))", "function 'f' takes 1 argument"),
            .init(
                "text after the domain", .domain, "(define (domain d))\n«extra",
                "unexpected 'extra'"),
            .init(
                "parameter without '?'", .domain, h + "(:action a :parameters («x) :effect (and)))",
                "expected a variable"),
            .init(
                "'-' without names", .domain, "(define (domain d)\n(:types «- object))",
                "'-' must follow"),
            .init(
                "duplicate function", .domain, "(define (domain d)\n(:functions (f) («f)))",
                "duplicate function 'f'"),
            .init(
                "derived predicate not declared", .domain,
                "(define (domain d)\n(:predicates (p))\n(:derived («q) (p)))",
                "undeclared predicate 'q'"),
            .init(
                "strict duration inequality", .domain,
                t + "(:durative-action a :parameters () :duration («< ?duration 5) "
                    + ":condition (at start (p)) :effect (at end (p))))", "duration constraint"),
            .init(
                "untimed durative condition", .domain,
                t + "(:durative-action a :parameters () :duration (= ?duration 5) "
                    + ":condition («p) :effect (at end (p))))", "must be timed"),
            .init(
                "untimed durative effect", .domain,
                t + "(:durative-action a :parameters () :duration (= ?duration 5) "
                    + ":condition (at start (p)) :effect («p)))", "must be timed"),
            .init(
                "'?' without a name", .domain,
                h + "(:action a :parameters («? - block) :effect (and)))",
                "variable name after '?'"),
            .init(
                "object-valued function", .domain,
                "(define (domain d)\n(:functions (f) - «object))",
                "not supported"),
            .init(
                "name in a numeric comparison", .domain,
                "(define (domain d)\n(:functions (f))\n(:action a :precondition (< (f) «high) :effect (and)))",
                "expected a number or a function term"),
            .init(
                "missing action name", .domain, "(define (domain d)\n(:action «(a)))",
                "expected the action name"),
            .init(
                "control byte in a name", .domain, "(define (domain d)\n(:predicates (p«\u{07})))",
                "unexpected byte 0x7"),
            .init(
                "non-ASCII name", .domain, "(define (domain d«ömain))", "unexpected byte 0xC3"),
            .init(
                "problem of another domain", .problem, "(define (problem p)\n(:domain «logistics))",
                "problem is for domain 'logistics'"),
            .init(
                "undeclared object in init", .problem,
                p + "(:init (at t1 «nowhere))\n(:goal (at p1 a)))",
                "undeclared object or constant 'nowhere'"),
            .init(
                "undeclared predicate in init", .problem,
                p + "(:init («parked t1))\n(:goal (at p1 a)))",
                "undeclared predicate 'parked'"),
            .init(
                "wrong arity in init", .problem, p + "(:init «(at t1))\n(:goal (at p1 a)))",
                "takes 2 arguments, found 1"),
            .init(
                "duplicate object", .problem,
                "(define (problem p)\n(:domain delivery)\n(:objects t1 - truck «t1 - truck))",
                "duplicate object 't1'"),
            .init(
                "undeclared object type", .problem,
                "(define (problem p)\n(:domain delivery)\n(:objects t1 - «lorry))",
                "undeclared type 'lorry'"),
            .init(
                "object of the wrong type in init", .problem,
                p + "(:init (in p1 «a))\n(:goal (at p1 a)))",
                "type mismatch"),
            .init(
                "unknown problem section", .problem, p + "(«:initial (at t1 a)))",
                "unknown problem section"),
            .init(
                "negative initial fact", .problem,
                p + "(:init («not (at t1 a)))\n(:goal (at p1 a)))",
                "negative facts"),
            .init(
                "unknown metric direction", .problem,
                p + "(:init)\n(:goal (at p1 a))\n(:metric «shortest (total-cost)))",
                "expected 'minimize' or 'maximize'"),
            .init(
                "unbound variable in the goal", .problem, p + "(:init)\n(:goal (at p1 «?where)))",
                "unbound variable '?where'"),
            .init("empty problem", .problem, "«", "empty"),
            .init(
                "problem without a domain", .problem, "(define (problem «p)\n(:objects))",
                "does not name its domain"),
            .init(
                "unclosed plan step", .plan, "(load p2 t1 depot)\n«(drive t1 depot a",
                "never closed"),
            .init(
                "time that is not a number", .plan, "«soon: (load p2 t1 depot) [1]",
                "expected a step"),
            .init("variable in a plan", .plan, "(load «?p t1 depot)", "expected an object name"),
            .init(
                "duration that is not a number", .plan, "0: (load p2 t1 depot) «[fast]",
                "expected a duration"),
            .init(
                "nested list in a plan", .plan, "(load «(p2) t1 depot)", "expected an object name"),
        ]
        cases.append(
            .init(
                "binary garbage", .domain, bytes: Data([0x00, 0xFF, 0x13, 0x37, 0x28, 0xFE]),
                line: 1, column: 1, "unexpected byte 0x0"))
        let nesting = 100_000
        cases.append(
            .init(
                "100,000-level nested precondition", .domain,
                "(define (domain d)\n(:predicates (p))\n(:action a :parameters () :precondition "
                    + String(repeating: "(and ", count: 198) + "«"
                    + String(repeating: "(and ", count: nesting - 198) + "(p)"
                    + String(repeating: ")", count: nesting) + " :effect (p)))",
                "nested deeper than"))
        cases.append(
            .init(
                "10 MB problem with an error on its last line", .problem,
                p + "(:init\n" + String(repeating: "(road a a)\n", count: 1_000_000)
                    + "(road a «nowhere))\n(:goal (at p1 a)))",
                "undeclared object or constant 'nowhere'"))
        return cases
    }()

    @Test func thereAreAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    /// The library reports the diagnostic at the marked line and column.
    @Test(arguments: cases)
    func libraryReportsTheLocation(_ input: MalformedInput) throws {
        let path = try Samples.scratchFile(fileName(input), input.bytes)
        let diagnostics = try diagnostics(of: input, at: path)
        let matching = diagnostics.filter {
            $0.location.line == input.line && $0.location.column == input.column
                && $0.message.contains(input.fragment) && $0.file == path
        }
        #expect(
            !matching.isEmpty,
            "expected \(input.line):\(input.column) '\(input.fragment)', got \(diagnostics.prefix(5))"
        )
    }

    /// `werk validate` prints `file:line:column: error:` and exits with status 2.
    @Test(arguments: cases)
    func commandExitsWithStatusTwo(_ input: MalformedInput) throws {
        let path = try Samples.scratchFile(fileName(input), input.bytes)
        let domain = input.role == .domain ? path : Samples.path("delivery-domain.pddl")
        let problem = input.role == .problem ? path : Samples.path("delivery-problem.pddl")
        let plan = input.role == .plan ? path : Samples.path("delivery.plan")
        let outcome = try WerkProcess.run(["validate", domain, problem, plan])
        #expect(outcome.status == 2)
        let lines = outcome.error.split(whereSeparator: \.isNewline)
        #expect(lines.contains { $0.hasPrefix("\(path):\(input.line):\(input.column): error:") })
        #expect(outcome.error.contains(input.fragment))
    }

    @Test func severalErrorsAreReportedInOneRun() throws {
        let text =
            Self.domainHeader + """
                (:action a :parameters (?x - block) :precondition (holding ?x) :effect (clear ?y))
                (:action b :parameters (?x - block) :precondition (on ?x) :effect (and))
                (:bogus)
                )
                """
        let error = #expect(throws: DiagnosticList.self) {
            try PDDLParser.parseDomain(text, fileName: "several.pddl")
        }
        let locations = error?.diagnostics.map { "\($0.location)" } ?? []
        #expect(locations == ["5:52", "5:79", "6:51", "7:2"])
    }

    @Test func jsonThatIsNoPlanIsRefused() throws {
        let path = try Samples.scratchFile("plan.json", Data(#"{"unrelated": true}"#.utf8))
        let outcome = try WerkProcess.run([
            "validate", Samples.path("delivery-domain.pddl"), Samples.path("delivery-problem.pddl"),
            path,
        ])
        #expect(outcome.status == 2)
        #expect(outcome.error.hasPrefix("\(path):1:1: error: missing member \"steps\""))
    }

    /// Cutting a real domain at many points never crashes and always reports a location
    /// inside the text.
    @Test func truncatedCorpusDomainsFailCleanly() throws {
        let text = try Samples.text("delivery-domain.pddl")
        let bytes = Array(text.utf8)
        for length in stride(from: 0, to: bytes.count - 1, by: 7) {
            let prefix = String(decoding: bytes[..<length], as: UTF8.self)
            let error = #expect(throws: DiagnosticList.self) {
                try PDDLParser.parseDomain(prefix, fileName: "cut.pddl")
            }
            let lines = Int32(prefix.split(separator: "\n", omittingEmptySubsequences: false).count)
            for diagnostic in error?.diagnostics ?? [] {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines)
            }
        }
    }

    /// Random edits of real files (bytes flipped, parentheses and names inserted or deleted)
    /// either parse or fail with diagnostics inside the text; validating the sample plan
    /// against whatever parses never traps.
    @Test func randomlyEditedFilesNeverCrash() throws {
        let domainText = Array(try Samples.text("quantifiers-domain.pddl").utf8)
        let problemText = Array(try Samples.text("quantifiers-problem.pddl").utf8)
        let plan = try PlanReader.read(contentsOf: Samples.path("quantifiers.plan"))
        let pieces: [[UInt8]] = ["(", ")", "?x", " - ", "(and", "block", "\u{0}", ";", "\n"].map {
            Array($0.utf8)
        }
        var random = SplitMix64(seed: 20_261_127)
        var parsed = 0
        for round in 0..<300 {
            var domainBytes = domainText
            var problemBytes = problemText
            for _ in 0..<(1 + round % 4) {
                if random.next() % 2 == 0 {
                    edit(&domainBytes, using: &random, pieces: pieces)
                } else {
                    edit(&problemBytes, using: &random, pieces: pieces)
                }
            }
            let lines = Int32(domainBytes.filter { $0 == UInt8(ascii: "\n") }.count + 1)
            do {
                let domain = try PDDLParser.parseDomain(
                    String(decoding: domainBytes, as: UTF8.self), fileName: "fuzz-domain")
                let problem = try PDDLParser.parseProblem(
                    String(decoding: problemBytes, as: UTF8.self), fileName: "fuzz-problem",
                    domain: domain)
                _ = PlanValidator(domain: domain, problem: problem).validate(plan)
                parsed += 1
            } catch {
                #expect(!error.diagnostics.isEmpty)
                for diagnostic in error.diagnostics where diagnostic.file == "fuzz-domain" {
                    #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1)
                }
            }
        }
        #expect(parsed > 0 && parsed < 300, "\(parsed) of 300 edited tasks parsed")
    }

    /// Replaces, inserts or deletes a few bytes at a random place.
    private func edit(_ bytes: inout [UInt8], using random: inout SplitMix64, pieces: [[UInt8]]) {
        guard !bytes.isEmpty else { return }
        let position = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 3 {
        case 0: bytes[position] = UInt8(truncatingIfNeeded: random.next())
        case 1:
            bytes.insert(
                contentsOf: pieces[Int(random.next() % UInt64(pieces.count))], at: position)
        default:
            bytes.removeSubrange(position..<min(bytes.count, position + 1 + Int(random.next() % 8)))
        }
    }

    private func fileName(_ input: MalformedInput) -> String {
        switch input.role {
        case .domain: "domain.pddl"
        case .problem: "problem.pddl"
        case .plan: "plan.txt"
        }
    }

    private func diagnostics(of input: MalformedInput, at path: String) throws -> [Diagnostic] {
        do {
            switch input.role {
            case .domain:
                _ = try PDDLParser.parseDomain(contentsOf: path)
            case .problem:
                let domain = try PDDLParser.parseDomain(
                    contentsOf: Samples.path("delivery-domain.pddl"))
                _ = try PDDLParser.parseProblem(contentsOf: path, domain: domain)
            case .plan:
                _ = try PlanReader.read(contentsOf: path)
            }
        } catch {
            return error.diagnostics
        }
        return []
    }
}
