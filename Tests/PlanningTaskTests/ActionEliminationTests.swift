import PlanningTask
import TestSupport
import Testing

@Suite("Action elimination")
struct ActionEliminationTests {
    private let task = oneBallGripperTask()
    private func plan(_ indices: [Int]) -> SequentialPlan {
        SequentialPlan(operators: indices.map { OperatorID($0) })
    }

    @Test("a detour and a needless pick-up are removed, leaving a valid subsequence")
    func detourRemoved() {
        let generator = SuccessorGenerator(task: task)
        // move a→b, move b→a, pick a, drop a, pick a, move a→b, drop b.
        let detour = plan([0, 1, 2, 4, 2, 0, 5])
        #expect(generator.check(detour) == .valid)
        let shortened = ActionElimination.eliminating(from: detour, with: generator)
        // pick a, move a→b, drop b.
        #expect(shortened == plan([2, 0, 5]))
        #expect(generator.check(shortened) == .valid)
    }

    @Test("a plan without needless steps is returned unchanged")
    func minimalPlanKept() {
        let generator = SuccessorGenerator(task: task)
        let minimal = plan([2, 0, 5])
        #expect(ActionElimination.eliminating(from: minimal, with: generator) == minimal)
    }

    @Test("no single step of the result can be left out with the goal still reached")
    func resultIsMinimalUnderSingleRemovals() {
        let generator = SuccessorGenerator(task: task)
        let shortened = ActionElimination.eliminating(
            from: plan([0, 1, 0, 1, 2, 0, 1, 4, 2, 0, 5]), with: generator)
        #expect(generator.check(shortened) == .valid)
        for index in shortened.operators.indices {
            var without = shortened.operators
            without.remove(at: index)
            #expect(generator.check(SequentialPlan(operators: without)) != .valid)
        }
    }
}
