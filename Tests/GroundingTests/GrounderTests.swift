import Grounding
import PDDL
import PlanningTask
import SourceText
import Testing

@Suite("Grounder on small hand-written tasks")
struct GrounderTests {
    static let domain = """
        (define (domain toys)
          (:requirements :adl :typing :action-costs)
          (:types room box - object heavy - box)
          (:constants hall - room)
          (:predicates (at ?b - box ?r - room) (connected ?a ?b - room) (robot ?r - room)
                       (locked ?r - room) (painted ?b - box) (lamp-on))
          (:functions (total-cost) - number (distance ?a ?b - room) - number)
          (:action move
            :parameters (?from ?to - room)
            :precondition (and (robot ?from) (or (connected ?from ?to) (connected ?to ?from))
                               (not (locked ?to)) (not (= ?from ?to)))
            :effect (and (not (robot ?from)) (robot ?to)
                         (increase (total-cost) (distance ?from ?to))))
          (:action push-all
            :parameters (?from ?to - room)
            :precondition (and (robot ?from) (connected ?from ?to))
            :effect (forall (?b - box) (when (at ?b ?from) (and (at ?b ?to) (not (at ?b ?from))))))
          (:action paint
            :parameters (?b - heavy ?r - room)
            :precondition (and (at ?b ?r) (robot ?r) (exists (?o - room) (locked ?o)))
            :effect (painted ?b))
          (:action switch
            :parameters ()
            :precondition (forall (?b - heavy) (painted ?b))
            :effect (lamp-on)))
        """

    static let problem = """
        (define (problem toys-1) (:domain toys)
          (:objects kitchen cellar - room b1 - box b2 - heavy)
          (:init (robot hall) (connected hall kitchen) (connected kitchen cellar)
                 (locked cellar) (at b1 hall) (at b2 hall)
                 (= (distance hall kitchen) 3) (= (distance kitchen hall) 3)
                 (= (distance kitchen cellar) 5) (= (distance cellar kitchen) 5))
          (:goal (and (lamp-on) (at b1 kitchen)))
          (:metric minimize (total-cost)))
        """

    private func ground(_ domainText: String = domain, _ problemText: String = problem) throws
        -> GroundTask
    {
        let domain = try PDDLParser.parseDomain(domainText)
        let problem = try PDDLParser.parseProblem(problemText, domain: domain)
        return try Grounder.ground(domain: domain, problem: problem)
    }

    private func operators(_ task: GroundTask, _ name: String) -> [Operator] {
        task.operators.filter { $0.name == name }
    }

    @Test("static predicates disappear; reachable fluents become facts")
    func facts() throws {
        let task = try ground()
        let predicates = Set(task.facts.map(\.predicate))
        #expect(!predicates.contains("connected"))
        #expect(predicates.isSuperset(of: ["robot", "at", "painted", "lamp-on"]))
        // The cellar is locked and never unlocked: robot can never be there.
        #expect(!task.facts.contains(Fact(predicate: "robot", arguments: ["cellar"])))
    }

    @Test(
        "static disjunctive preconditions keep only the true disjunct; costs come from functions"
    )
    func movesAndCosts() throws {
        let task = try ground()
        let moves = operators(task, "move").map { "\($0)=\($0.cost)" }.sorted()
        #expect(moves == ["(move hall kitchen)=3", "(move kitchen hall)=3"])
        #expect(task.hasActionCosts)
    }

    @Test("a universal conditional effect becomes one conditional effect per box")
    func conditionalEffects() throws {
        let task = try ground()
        let push = try #require(
            operators(task, "push-all").first { $0.arguments == ["hall", "kitchen"] })
        #expect(push.conditionalEffects.count == 4)
        #expect(push.addEffects.isEmpty && push.deleteEffects.isEmpty)
        let atB1Hall = try #require(
            task.facts.firstIndex(of: Fact(predicate: "at", arguments: ["b1", "hall"])))
        #expect(push.conditionalEffects.contains { $0.condition == [FactID(atB1Hall)] })
    }

    @Test("types restrict parameters; static existential preconditions are evaluated")
    func typesAndQuantifiers() throws {
        let task = try ground()
        let paints = operators(task, "paint")
        #expect(!paints.isEmpty)
        #expect(paints.allSatisfy { $0.arguments[0] == "b2" })
        let switchOp = try #require(operators(task, "switch").first)
        let painted = try #require(
            task.facts.firstIndex(of: Fact(predicate: "painted", arguments: ["b2"])))
        #expect(switchOp.preconditions == [FactID(painted)])
    }

    @Test("negative preconditions on fluents become complement facts kept in step")
    func negativePreconditions() throws {
        let domain = """
            (define (domain flip) (:requirements :negative-preconditions)
              (:predicates (on) (done))
              (:action turn-on :parameters () :precondition (not (on)) :effect (on))
              (:action finish :parameters () :precondition (on) :effect (done)))
            """
        let problem = "(define (problem f1) (:domain flip) (:init) (:goal (done)))"
        let task = try ground(domain, problem)
        #expect(!task.hasNegativeConditions)
        let notOn = try #require(
            task.facts.firstIndex(of: Fact(predicate: "not-on", arguments: [])))
        let on = try #require(task.facts.firstIndex(of: Fact(predicate: "on", arguments: [])))
        #expect(task.initialFacts.contains(FactID(notOn)))
        let turnOn = try #require(operators(task, "turn-on").first)
        #expect(turnOn.preconditions == [FactID(notOn)])
        #expect(turnOn.addEffects == [FactID(on)] && turnOn.deleteEffects == [FactID(notOn)])
    }

    @Test("numeric fluents other than total-cost are rejected with their location")
    func unsupportedNumericEffect() throws {
        let domain = """
            (define (domain fuel) (:requirements :numeric-fluents)
              (:predicates (p))
              (:functions (fuel))
              (:action a :parameters () :precondition (p)
                 :effect (decrease (fuel) 1)))
            """
        let problem = "(define (problem f1) (:domain fuel) (:init (p) (= (fuel) 3)) (:goal (p)))"
        let parsedDomain = try PDDLParser.parseDomain(domain)
        let parsedProblem = try PDDLParser.parseProblem(problem, domain: parsedDomain)
        do {
            _ = try Grounder.ground(domain: parsedDomain, problem: parsedProblem)
            Issue.record("grounding a numeric task succeeded")
        } catch {
            #expect(error.location.line == 5)
            #expect(!error.inProblem)
            #expect(
                error.diagnostic(domainFile: "d.pddl", problemFile: "p.pddl").description.hasPrefix(
                    "d.pddl:5:"))
        }
    }
}
