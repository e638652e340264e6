import PartialOrderPlanning
import PlanningTask
import TestSupport
import Testing

@Suite("Validation")
struct ValidatorTests {
    /// Without conditional effects the criterion is exact: it agrees with enumerating every
    /// linearisation, on random partial orders (random subsets of a sequence's orderings).
    @Test(arguments: [false, true])
    func agreesWithEnumeration(negativePreconditions: Bool) throws {
        var invalidCount = 0
        for seed in UInt64(1)...300 {
            let instance = RandomTasks.make(
                seed: seed, length: 7, negativePreconditions: negativePreconditions)
            var random = SplitMix64(seed: seed &* 7919)
            let count = instance.plan.count
            var orderings: [Ordering] = []
            for before in 0..<count {
                for after in (before + 1)..<max(before + 1, count)
                where Int.random(in: 0..<3, using: &random) == 0 {
                    orderings.append(Ordering(before: before, after: after))
                }
            }
            let pop = PartialOrderPlan(steps: instance.plan.operators, orderings: orderings)
            let generator = SuccessorGenerator(task: instance.task)
            let allValid = Linearisations.all(of: pop).allSatisfy {
                Linearisations.isValid($0, of: pop, with: generator)
            }
            let verdict = try PartialOrderValidator(task: instance.task).validate(pop)
            #expect(verdict.isValid == allValid, "seed \(seed)")
            if case .invalid(_, let counterexample, let failure) = verdict {
                invalidCount += 1
                #expect(!Linearisations.isValid(counterexample, of: pop, with: generator))
                #expect(failure != .valid)
                #expect(Set(counterexample) == Set(0..<count))
            }
        }
        #expect(invalidCount > 0)
    }

    @Test func cyclicOrderingsAreRejected() {
        var builder = TaskBuilder()
        let first = builder.action("first", add: ["p"])
        let second = builder.action("second", add: ["q"])
        let task = builder.task(initial: [], goal: ["p", "q"])
        let pop = PartialOrderPlan(
            steps: [first, second],
            orderings: [Ordering(before: 0, after: 1), Ordering(before: 1, after: 0)])
        #expect(throws: PartialOrderPlanError.self) {
            try PartialOrderValidator(task: task).validate(pop)
        }
    }

    @Test func wrongLinksAreReported() throws {
        var builder = TaskBuilder()
        let make = builder.action("make", add: ["p"])
        let use = builder.action("use", pre: ["p"], add: ["q"])
        let task = builder.task(initial: [], goal: ["q"])
        let p = builder.fact("p")
        let good = PartialOrderPlan(
            steps: [make, use], orderings: [Ordering(before: 0, after: 1)],
            links: [CausalLink(producer: .step(0), consumer: .step(1), fact: p)])
        #expect(try PartialOrderValidator(task: task).validate(good) == .valid)
        var wrong = good
        wrong.links = [CausalLink(producer: .step(1), consumer: .step(0), fact: p)]
        guard
            case .invalidLink(let index, _) = try PartialOrderValidator(task: task).validate(wrong)
        else {
            Issue.record("a link from the wrong producer must be reported")
            return
        }
        #expect(index == 0)
    }
}
