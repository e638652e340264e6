import Grounding
import PDDL
import PlanningTask
import Testing

/// Issue #18: grounding honours a deadline and a memory ceiling instead of enumerating
/// 10^20 bindings (one action with 20 parameters over 10 objects, no precondition).
@Suite("Grounding limits")
struct GroundingLimitTests {
    static let domain = """
        (define (domain g)
          (:predicates (p ?x))
          (:action a
            :parameters (?v1 ?v2 ?v3 ?v4 ?v5 ?v6 ?v7 ?v8 ?v9 ?v10
                         ?v11 ?v12 ?v13 ?v14 ?v15 ?v16 ?v17 ?v18 ?v19 ?v20)
            :precondition (and) :effect (p ?v1)))
        """
    static let problem = """
        (define (problem gp) (:domain g)
          (:objects o1 o2 o3 o4 o5 o6 o7 o8 o9 o10) (:init) (:goal (p o1)))
        """

    private func ground(_ limits: GroundingLimits) throws {
        let domain = try PDDLParser.parseDomain(Self.domain)
        let problem = try PDDLParser.parseProblem(Self.problem, domain: domain)
        _ = try Grounder.ground(domain: domain, problem: problem, limits: limits)
    }

    @Test("A deadline that has passed stops grounding with a time limit")
    func deadline() throws {
        let failure = #expect(throws: GroundingFailure.self) {
            try ground(GroundingLimits(deadline: .now))
        }
        #expect(failure?.limit == .time)
    }

    @Test("A memory ceiling below the resident memory stops grounding with a memory limit")
    func memory() throws {
        let failure = #expect(throws: GroundingFailure.self) {
            try ground(GroundingLimits(memoryBytes: 1, residentBytes: { 2 }))
        }
        #expect(failure?.limit == .memory)
    }

    @Test("Without a limit reached, a small task grounds as before")
    func unlimited() throws {
        let domain = try PDDLParser.parseDomain(
            "(define (domain s) (:predicates (p ?x)) (:action a :parameters (?x) :effect (p ?x)))")
        let problem = try PDDLParser.parseProblem(
            "(define (problem s1) (:domain s) (:objects o1 o2) (:init) (:goal (p o1)))",
            domain: domain)
        let task = try Grounder.ground(
            domain: domain, problem: problem,
            limits: GroundingLimits(deadline: .now + .seconds(600)))
        #expect(task.operatorCount == 2)
    }
}
