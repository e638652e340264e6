import Foundation
import PDDL
import Testing

@Suite("Plan validator")
struct PlanValidatorTests {
    private func validator(_ name: String) throws -> PlanValidator {
        let domain = try PDDLParser.parseDomain(contentsOf: Samples.path("\(name)-domain.pddl"))
        let problem = try PDDLParser.parseProblem(
            contentsOf: Samples.path("\(name)-problem.pddl"), domain: domain)
        return PlanValidator(domain: domain, problem: problem)
    }

    private func steps(_ lines: String) throws -> [PlanStep] {
        try PlanReader.read(lines, fileName: "test.plan")
    }

    private func failure(_ validation: PlanValidation) -> PlanFailure? {
        if case .invalid(let failure) = validation { return failure }
        return nil
    }

    @Test func validPlanReportsItsTotalCost() throws {
        let plan = try PlanReader.read(contentsOf: Samples.path("delivery.plan"))
        #expect(try validator("delivery").validate(plan) == .valid(cost: 10))
    }

    @Test func droppedStepFailsAtTheFirstUnmetPrecondition() throws {
        var plan = try PlanReader.read(contentsOf: Samples.path("delivery.plan"))
        plan.removeFirst()
        let failure = failure(try validator("delivery").validate(plan))
        #expect(failure?.stepIndex == 4)
        #expect(failure?.reason == .unsatisfiedCondition("(in p2 t1)"))
        #expect(
            failure?.description
                == "step 5 (unload p2 t1 b): precondition not satisfied: (in p2 t1)")
    }

    @Test func missingLastStepLeavesTheGoalUnmet() throws {
        var plan = try PlanReader.read(contentsOf: Samples.path("delivery.plan"))
        plan.removeLast()
        let failure = failure(try validator("delivery").validate(plan))
        #expect(failure?.stepIndex == nil)
        #expect(failure?.reason == .unsatisfiedGoal("(at p2 b)"))
    }

    @Test func argumentsAreCheckedAgainstTheParameters() throws {
        let validator = try validator("delivery")
        let wrongType = failure(validator.validate(try steps("(drive p1 depot a)")))
        #expect(wrongType?.reason == .typeMismatch(argument: 0, expected: "'truck'"))
        let unknownObject = failure(validator.validate(try steps("(drive t1 depot nowhere)")))
        #expect(unknownObject?.reason == .unknownObject("nowhere"))
        let unknownAction = failure(validator.validate(try steps("(fly t1 depot a)")))
        #expect(unknownAction?.reason == .unknownAction)
        let arity = failure(validator.validate(try steps("(drive t1 depot)")))
        #expect(arity?.reason == .wrongArity(expected: 3))
    }

    @Test("An object declared with two types fits parameters of either (IPC temporal-machine-shop)")
    func objectDeclaredTwiceHasBothTypes() throws {
        let domain = try PDDLParser.parseDomain(
            """
            (define (domain kilns) (:requirements :typing)
              (:types small large - kiln)
              (:predicates (fired ?k - kiln))
              (:action fire-small :parameters (?k - small) :effect (fired ?k))
              (:action fire-large :parameters (?k - large) :effect (fired ?k)))
            """)
        let problem = try PDDLParser.parseProblem(
            """
            (define (problem two) (:domain kilns)
              (:objects k0 - small k0 - large k1 - small)
              (:init) (:goal (and (fired k0) (fired k1))))
            """, domain: domain)
        let validator = PlanValidator(domain: domain, problem: problem)
        #expect(
            validator.validate(try steps("(fire-large k0)\n(fire-small k0)\n(fire-small k1)"))
                == .valid(cost: 3))
        let wrongType = failure(validator.validate(try steps("(fire-large k1)")))
        #expect(wrongType?.reason == .typeMismatch(argument: 0, expected: "'large'"))
    }

    @Test func namesAreCaseInsensitive() throws {
        let plan = try steps(
            "(LOAD P2 T1 Depot)\n(Drive t1 DEPOT a)\n(load p1 t1 a)\n(drive t1 a b)\n"
                + "(unload p1 t1 b)\n(unload p2 t1 b)")
        #expect(try validator("delivery").validate(plan) == .valid(cost: 10))
    }

    @Test func derivedPredicatesQuantifiersAndConditionalEffects() throws {
        let validator = try validator("quantifiers")
        let plan = try steps("(stack b c)\n(stack a b)\n(paint-all)")
        #expect(validator.validate(plan) == .valid(cost: 3))
        let heavyOnLight = failure(validator.validate(try steps("(stack c a)")))
        #expect(heavyOnLight?.reason == .unsatisfiedCondition("(<= (weight c) (weight a))"))
        let onItself = failure(validator.validate(try steps("(stack a a)")))
        #expect(onItself?.reason == .unsatisfiedCondition("(not (= a a))"))
        let twice = failure(validator.validate(try steps("(stack a b)\n(stack a c)")))
        #expect(twice?.reason == .unsatisfiedCondition("(not (exists (?z - block) (on a ?z)))"))
    }

    @Test func deleteThenAddKeepsTheAtomTrue() throws {
        let validator = try validator("quantifiers")
        let task = validator.task
        guard let toggle = task.actionIndex(named: "toggle"), let a = task.objectID(named: "a"),
            let clear = task.domain.predicateIndex(named: "clear"),
            let wet = task.domain.predicateIndex(named: "wet")
        else {
            Issue.record("sample domain lacks toggle, a, clear or wet")
            return
        }
        let next = task.successor(ofAction: toggle, arguments: [a], in: task.initialState)
        #expect(next.atoms.contains(GroundAtom(predicate: clear, arguments: [a])))
        #expect(next.atoms.contains(GroundAtom(predicate: wet, arguments: [a])))
    }

    @Test func disjunctivePreconditionFailsWhenNoDisjunctHolds() throws {
        let domain = try PDDLParser.parseDomain(
            contentsOf: Samples.path("quantifiers-domain.pddl"))
        let text = try Samples.text("quantifiers-problem.pddl").replacingOccurrences(
            of: "(sunny) ", with: "")
        let problem = try PDDLParser.parseProblem(text, fileName: "cloudy.pddl", domain: domain)
        let validator = PlanValidator(domain: domain, problem: problem)
        let failure = failure(validator.validate(try steps("(paint-all)")))
        #expect(failure?.stepIndex == 0)
        #expect(
            failure?.reason
                == .unsatisfiedCondition("(or (sunny) (forall (?b - block) (not (wet ?b))))"))
    }

    @Test func temporalPlanIsValidWithItsMakespan() throws {
        let plan = try PlanReader.read(contentsOf: Samples.path("flights.plan"))
        #expect(plan.map(\.duration) == [2, 1, 1.5])
        guard case .valid(let makespan) = try validator("flights").validate(plan) else {
            Issue.record("the sample temporal plan is valid")
            return
        }
        #expect(abs(makespan - 4.52) < 1e-9)
    }

    @Test func temporalDurationConstraintsAreChecked() throws {
        let validator = try validator("flights")
        let wrongFlightTime = failure(validator.validate(try steps("0: (fly jet ams rtm) [3]")))
        #expect(wrongFlightTime?.stepIndex == 0)
        if case .durationViolated = wrongFlightTime?.reason {
        } else {
            Issue.record(
                "expected a duration violation, got \(String(describing: wrongFlightTime))")
        }
        let tooLong = failure(validator.validate(try steps("0: (ground jet ams) [5]")))
        #expect(tooLong?.reason == .durationViolated("(<= ?duration 3) with ?duration = 5.0"))
        let missing = failure(validator.validate(try steps("0: (fly jet ams rtm)")))
        #expect(missing?.reason == .timing("a durative action needs a duration '[d]'"))
    }

    @Test func overAllConditionMustHoldDuringTheAction() throws {
        // Grounding the plane while it flies breaks the flight's `over all (cleared jet)`.
        let plan = try steps("0: (fly jet ams rtm) [2]\n1: (ground jet ams) [1]")
        let failure = failure(try validator("flights").validate(plan))
        #expect(failure?.stepIndex == 1)
        #expect(failure?.reason == .unsatisfiedCondition("(at start (at jet ams))"))
        let overlapping = try steps("0: (ground jet ams) [2]\n1: (fly jet ams rtm) [2]")
        let broken = self.failure(try validator("flights").validate(overlapping))
        #expect(broken?.stepIndex == 1)
        #expect(broken?.reason == .unsatisfiedCondition("(over all (cleared jet))"))
    }

    @Test func temporalGoalIsCheckedAtTheEnd() throws {
        let plan = try steps("0: (fly jet ams ein) [4]\n0.5: (ground jet ams) [1]")
        let failure = failure(try validator("flights").validate(plan))
        #expect(failure?.stepIndex == 1)
        #expect(failure?.reason == .unsatisfiedCondition("(at start (at jet ams))"))
        let short = try steps("0: (fly jet ams ein) [4]\n0: (ground jet ams) [1]")
        #expect(self.failure(try validator("flights").validate(short)) != nil)
    }
}
