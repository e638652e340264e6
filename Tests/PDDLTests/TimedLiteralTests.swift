import PDDL
import SourceText
import Testing

/// Timed initial literals (PDDL 2.2): read from `:init`, and applied by the temporal validator
/// at their times.
@Suite struct TimedLiteralTests {
    private static let domainText = """
        (define (domain shop)
          (:requirements :strips :durative-actions :timed-initial-literals)
          (:predicates (open) (served))
          (:durative-action serve :parameters () :duration (= ?duration 2)
            :condition (over all (open)) :effect (at end (served))))
        """
    private static let problemText = """
        (define (problem shop-1) (:domain shop)
          (:init (at 5 (open)) (at 10.5 (not (open))))
          (:goal (served)))
        """

    private func validation(start: Double) throws -> PlanValidation {
        let domain = try PDDLParser.parseDomain(Self.domainText)
        let problem = try PDDLParser.parseProblem(Self.problemText, domain: domain)
        let step = PlanStep(actionName: "serve", arguments: [], time: start, duration: 2)
        return PlanValidator(domain: domain, problem: problem).validate([step])
    }

    @Test func literalsAreRead() throws {
        let domain = try PDDLParser.parseDomain(Self.domainText)
        let problem = try PDDLParser.parseProblem(Self.problemText, domain: domain)
        #expect(problem.initialAtoms.isEmpty)
        #expect(problem.timedLiterals.map(\.time) == [5, 10.5])
        #expect(problem.timedLiterals.map(\.isAdd) == [true, false])
    }

    @Test func actionInsideTheWindowIsValid() throws {
        #expect(try validation(start: 5.01).isValid)
        #expect(try validation(start: 8.49).isValid)
    }

    @Test func actionBeforeOrAfterTheWindowIsRejected() throws {
        #expect(try !validation(start: 1).isValid)
        #expect(try !validation(start: 9).isValid)
    }

    /// As VAL (`Validate -t 0.001`): a start a thousandth before the literal that opens its
    /// invariant is a happening of its own, in a state where the invariant is false; at the
    /// literal's very time it is one happening with it, the literal applied first.
    @Test func startJustBeforeTheWindowOpensIsRejected() throws {
        #expect(try !validation(start: 4.999).isValid)
        #expect(try validation(start: 5).isValid)
    }

    @Test func negativeTimeIsAnError() throws {
        let domain = try PDDLParser.parseDomain(Self.domainText)
        #expect(throws: DiagnosticList.self) {
            try PDDLParser.parseProblem(
                "(define (problem p) (:domain shop) (:init (at -1 (open))) (:goal (served)))",
                domain: domain)
        }
    }
}
