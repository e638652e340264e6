import Grounding
import PDDL
import PlanningTask
import Testing

/// `Grounder.groundTemporal` keeps only the operators and facts the goal can need
/// (backward relevance), as in temporal-machine-shop, where a structure can be made of any
/// two pieces but the goal names a few pairs.
@Suite struct TemporalRelevanceTests {
    static let domain = """
        (define (domain pairs) (:requirements :typing :durative-actions)
          (:types piece)
          (:predicates (baked ?p - piece) (joined ?a ?b - piece) (glazed ?a ?b - piece)
                       (hot) (polished ?p - piece))
          (:durative-action bake :parameters (?p - piece) :duration (= ?duration 2)
            :condition (at start (hot)) :effect (at end (baked ?p)))
          (:durative-action join :parameters (?a ?b - piece) :duration (= ?duration 1)
            :condition (and (over all (baked ?a)) (over all (baked ?b)))
            :effect (at end (joined ?a ?b)))
          (:durative-action glaze :parameters (?a ?b - piece) :duration (= ?duration 1)
            :condition (over all (joined ?a ?b)) :effect (at end (glazed ?a ?b)))
          (:durative-action polish :parameters (?p - piece) :duration (= ?duration 1)
            :condition (at start (baked ?p)) :effect (at end (polished ?p))))
        """

    static func task(goal: String) throws -> TemporalTask {
        let domain = try PDDLParser.parseDomain(Self.domain)
        let problem = try PDDLParser.parseProblem(
            """
            (define (problem three) (:domain pairs) (:objects a b c - piece)
              (:init (hot)) (:goal \(goal)))
            """, domain: domain)
        return try Grounder.groundTemporal(domain: domain, problem: problem)
    }

    @Test("Only the goal's pair is joined and glazed; nothing is polished")
    func irrelevantOperatorsAndFactsAreLeftOut() throws {
        let task = try Self.task(goal: "(glazed a b)")
        let actions = Set(task.operators.map(\.description))
        #expect(
            actions == [
                "(bake a)", "(bake b)", "(join a b)", "(glaze a b)",
            ])
        let facts = Set(task.facts.map(\.description))
        #expect(facts.contains("(joined a b)") && !facts.contains("(joined b a)"))
        #expect(!facts.contains { $0.hasPrefix("(polished") })
        #expect(task.relaxation.operatorCount == task.operators.count)
        #expect(task.relaxation.goal.map { task.facts[$0.index].description } == ["(glazed a b)"])
    }

    @Test("A goal on every piece keeps what it needs")
    func everyRelevantOperatorStays() throws {
        let task = try Self.task(goal: "(and (polished a) (polished b) (polished c))")
        #expect(
            Set(task.operators.map(\.description)) == [
                "(bake a)", "(bake b)", "(bake c)", "(polish a)", "(polish b)", "(polish c)",
            ])
        #expect(!task.facts.contains { $0.description.hasPrefix("(joined") })
    }
}
