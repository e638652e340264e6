import PartialOrderPlanning
import PlanningTask
import Testing

@Suite("Deordering")
struct DeordererTests {
    /// Two independent chains interleaved in the sequence come apart.
    @Test func independentChainsRunSideBySide() throws {
        var builder = TaskBuilder()
        let a1 = builder.action("a1", pre: ["a0"], add: ["a1"], delete: ["a0"])
        let b1 = builder.action("b1", pre: ["b0"], add: ["b1"], delete: ["b0"])
        let a2 = builder.action("a2", pre: ["a1"], add: ["a2"], delete: ["a1"])
        let b2 = builder.action("b2", pre: ["b1"], add: ["b2"], delete: ["b1"])
        let task = builder.task(initial: ["a0", "b0"], goal: ["a2", "b2"])
        let pop = try Deorderer(task: task).deorder(SequentialPlan(operators: [a1, b1, a2, b2]))
        #expect(
            Set(pop.orderings) == [Ordering(before: 0, after: 2), Ordering(before: 1, after: 3)])
        let metrics = try PartialOrderMetrics(plan: pop)
        #expect(metrics.width == 2)
        #expect(metrics.criticalPathSteps == 2)
        #expect(abs(metrics.flex - (1 - 2.0 / 6)) < 1e-12)
        #expect(try PartialOrderValidator(task: task).validate(pop) == .valid)
        let goalLinks = pop.links.filter { $0.consumer == .goal }
        #expect(Set(goalLinks.map(\.producer)) == [.step(2), .step(3)])
    }

    /// A step that deletes a fact another step needs must come after it (threat).
    @Test func threatOrdersConsumerBeforeDeleter() throws {
        var builder = TaskBuilder()
        let use = builder.action("use", pre: ["p"], add: ["used"])
        let spoil = builder.action("spoil", add: ["spoiled"], delete: ["p"])
        let task = builder.task(initial: ["p"], goal: ["used", "spoiled"])
        let pop = try Deorderer(task: task).deorder(SequentialPlan(operators: [use, spoil]))
        #expect(pop.orderings == [Ordering(before: 0, after: 1)])

        let unordered = PartialOrderPlan(steps: pop.steps, orderings: [])
        guard
            case .invalid(let flaw, let counterexample, let failure) =
                try PartialOrderValidator(task: task).validate(unordered)
        else {
            Issue.record("the unordered plan must be invalid")
            return
        }
        #expect(counterexample == [1, 0])
        #expect(failure == .notApplicable(step: 1))
        #expect(flaw.consumer == .step(0))
        #expect(flaw.threat == 1)
    }

    /// A conditional effect that fired must keep firing; one that did not must not fire.
    @Test func conditionalEffectsKeepTheirBehaviour() throws {
        var builder = TaskBuilder()
        let on = builder.action("on", add: ["light"])
        let look = builder.action(
            "look", add: ["looked"],
            when: [(if: ["light"], ifNot: [], add: ["seen"], delete: ["dark-adapted"])])
        let sleep = builder.action("sleep", add: ["rested"])
        // look fires (light is on): on ≺ look.
        let seeing = builder.task(initial: ["dark-adapted"], goal: ["seen", "rested"])
        let first = try Deorderer(task: seeing).deorder(
            SequentialPlan(operators: [on, sleep, look]))
        #expect(first.orderings == [Ordering(before: 0, after: 2)])
        // look does not fire (light still off) and must stay before on.
        let adapted = builder.task(
            initial: ["dark-adapted"], goal: ["dark-adapted", "looked", "light"])
        let second = try Deorderer(task: adapted).deorder(SequentialPlan(operators: [look, on]))
        #expect(second.orderings == [Ordering(before: 0, after: 1)])
        #expect(try PartialOrderValidator(task: adapted).validate(second) == .valid)
    }

    /// Negative preconditions are linked and protected like positive ones.
    @Test func negativePreconditionsAreProtected() throws {
        var builder = TaskBuilder()
        let enter = builder.action("enter", notPre: ["locked"], add: ["inside"])
        let lock = builder.action("lock", add: ["locked"])
        let task = builder.task(initial: [], goal: ["inside", "locked"])
        let pop = try Deorderer(task: task).deorder(SequentialPlan(operators: [enter, lock]))
        #expect(pop.orderings == [Ordering(before: 0, after: 1)])
        #expect(
            pop.links.contains(
                CausalLink(
                    producer: .initial, consumer: .step(0), fact: FactID(0), isNegative: true)
            ) || pop.links.contains { $0.isNegative && $0.consumer == .step(0) })
    }

    /// An invalid sequential plan is refused, not deordered.
    @Test func invalidSequentialPlanIsRefused() {
        var builder = TaskBuilder()
        let needs = builder.action("needs", pre: ["p"], add: ["q"])
        let task = builder.task(initial: [], goal: ["q"])
        #expect(throws: PartialOrderPlanError.invalidSequentialPlan(.notApplicable(step: 0))) {
            try Deorderer(task: task).deorder(SequentialPlan(operators: [needs]))
        }
    }

    /// On random tasks: the deordering is valid (every linearisation, enumerated), its
    /// orderings are a transitive reduction, and each one is necessary.
    @Test(arguments: [false, true])
    func randomPlansDeorderMinimally(negativePreconditions: Bool) throws {
        var checked = 0
        for seed in UInt64(1)...150 {
            let instance = RandomTasks.make(
                seed: seed, length: 7, negativePreconditions: negativePreconditions)
            let task = instance.task
            let generator = SuccessorGenerator(task: task)
            let pop = try Deorderer(task: task).deorder(instance.plan)
            let validator = PartialOrderValidator(task: task)
            #expect(try validator.validate(pop) == .valid, "seed \(seed)")
            #expect(!Linearisations.hasImpliedOrdering(pop), "seed \(seed)")
            for order in Linearisations.all(of: pop) {
                #expect(Linearisations.isValid(order, of: pop, with: generator), "seed \(seed)")
            }
            for removed in pop.orderings.indices {
                var weaker = pop
                weaker.orderings.remove(at: removed)
                weaker.links = []
                guard case .invalid(_, let counterexample, _) = try validator.validate(weaker)
                else {
                    Issue.record("seed \(seed): ordering \(pop.orderings[removed]) is not needed")
                    continue
                }
                #expect(!Linearisations.isValid(counterexample, of: weaker, with: generator))
            }
            checked += 1
        }
        #expect(checked == 150)
    }

    /// With conditional effects, every linearisation of the deordering is still valid.
    @Test func randomPlansWithConditionalEffectsStayValid() throws {
        for seed in UInt64(1)...150 {
            let instance = RandomTasks.make(seed: seed, length: 7, conditionalEffects: true)
            let generator = SuccessorGenerator(task: instance.task)
            let pop = try Deorderer(task: instance.task).deorder(instance.plan)
            #expect(try PartialOrderValidator(task: instance.task).validate(pop) == .valid)
            for order in Linearisations.all(of: pop) {
                #expect(Linearisations.isValid(order, of: pop, with: generator), "seed \(seed)")
            }
        }
    }
}
