import GLPK
import PartialOrderPlanning
import PlanningTask
import Testing

@Suite("Reordering")
struct ReordererTests {
    /// `spoil` deletes `p`, `renew` restores it for `use`; the sequence spoil, renew, use
    /// deorders to a chain, but `use` can take `p` from the initial state before `spoil`.
    @Test(arguments: [ReorderingObjective.orderings, .criticalPath])
    func reorderingBeatsDeordering(objective: ReorderingObjective) async throws {
        var builder = TaskBuilder()
        let spoil = builder.action("spoil", add: ["d"], delete: ["p"])
        let renew = builder.action("renew", add: ["p"])
        let use = builder.action("use", pre: ["p"], add: ["u"])
        let task = builder.task(initial: ["p"], goal: ["d", "u"])
        let plan = SequentialPlan(operators: [spoil, renew, use])
        var options = Reorderer.Options()
        options.objective = objective
        let result = try await Reorderer(task: task, solver: GLPKSolver()).reorder(
            plan, options: options)
        #expect(result.deordering.orderings.count == 2)
        #expect(result.outcome == .improved)
        #expect(result.plan.orderings == [Ordering(before: 2, after: 0)])
        #expect(try PartialOrderValidator(task: task).validate(result.plan) == .valid)
        let metrics = try PartialOrderMetrics(plan: result.plan)
        #expect(metrics.criticalPathSteps == 2)
    }

    /// On random tasks a reordering is valid and never has more orderings than the
    /// deordering.
    @Test func randomReorderingsAreValidAndNoWorse() async throws {
        for seed in UInt64(1)...25 {
            let instance = RandomTasks.make(seed: seed, length: 6, negativePreconditions: true)
            var options = Reorderer.Options()
            options.timeLimit = 5
            let result = try await Reorderer(task: instance.task, solver: GLPKSolver())
                .reorder(instance.plan, options: options)
            #expect(try PartialOrderValidator(task: instance.task).validate(result.plan) == .valid)
            #expect(result.plan.orderings.count <= result.deordering.orderings.count)
            let generator = SuccessorGenerator(task: instance.task)
            for order in Linearisations.all(of: result.plan) {
                #expect(
                    Linearisations.isValid(order, of: result.plan, with: generator), "seed \(seed)")
            }
        }
    }
}
