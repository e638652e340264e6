import PlanningTask
import TestSupport
import Testing

@Suite("Successor generator")
struct SuccessorGeneratorTests {
    @Test("applicable operators match a brute-force check in every reachable state")
    func applicableOperatorsMatchBruteForce() throws {
        let task = oneBallGripperTask()
        let generator = SuccessorGenerator(task: task)
        var frontier = [task.initialState]
        var seen: Set<PackedState> = [task.initialState]
        while let state = frontier.popLast() {
            let expected = task.operators.indices.filter { index in
                task.operators[index].preconditions.allSatisfy { state.contains($0) }
            }
            let found = generator.applicableOperators(in: state).map(\.index).sorted()
            #expect(found == expected)
            for op in found {
                let next = generator.successor(of: state, applying: OperatorID(op))
                if seen.insert(next).inserted { frontier.append(next) }
            }
        }
        #expect(seen.count == 6)
    }

    @Test("applying an operator deletes, then adds")
    func successorAppliesEffects() {
        let task = oneBallGripperTask()
        let generator = SuccessorGenerator(task: task)
        let picked = generator.successor(of: task.initialState, applying: OperatorID(2))
        #expect(picked.trueFacts == [FactID(0), FactID(4)])
    }

    @Test("conditional effects are evaluated in the state before the operator")
    func conditionalEffects() {
        let facts = (0..<3).map { Fact(predicate: "p\($0)", arguments: []) }
        let toggle = Operator(
            name: "toggle", arguments: [], preconditions: [], addEffects: [], deleteEffects: [],
            conditionalEffects: [
                ConditionalEffect(
                    condition: [FactID(0)], addEffects: [FactID(1)], deleteEffects: [FactID(0)]),
                ConditionalEffect(
                    condition: [FactID(1)], addEffects: [FactID(2)], deleteEffects: []),
                ConditionalEffect(
                    condition: [], negativeCondition: [FactID(2)], addEffects: [FactID(0)],
                    deleteEffects: []),
            ])
        let task = GroundTask(
            name: "toggle", facts: facts, operators: [toggle], initialFacts: [FactID(0)],
            goal: [FactID(2)])
        let generator = SuccessorGenerator(task: task)
        let first = generator.successor(of: task.initialState, applying: OperatorID(0))
        // p0 is deleted by the first effect but added by the third (adds win); p1 is added.
        #expect(first.trueFacts == [FactID(0), FactID(1)])
        let second = generator.successor(of: first, applying: OperatorID(0))
        #expect(second.trueFacts == [FactID(0), FactID(1), FactID(2)])
    }

    @Test("negative preconditions block an operator")
    func negativePreconditions() {
        let facts = (0..<2).map { Fact(predicate: "p\($0)", arguments: []) }
        let op = Operator(
            name: "a", arguments: [], preconditions: [], negativePreconditions: [FactID(0)],
            addEffects: [FactID(1)], deleteEffects: [])
        let task = GroundTask(
            name: "neg", facts: facts, operators: [op], initialFacts: [FactID(0)],
            goal: [FactID(1)])
        let generator = SuccessorGenerator(task: task)
        #expect(generator.applicableOperators(in: task.initialState).isEmpty)
        #expect(generator.applicableOperators(in: PackedState(factCount: 2)) == [OperatorID(0)])
    }
}

@Suite("Sequential plans")
struct SequentialPlanTests {
    @Test("a valid plan checks and prints in IPC format")
    func validPlan() {
        let task = oneBallGripperTask()
        let generator = SuccessorGenerator(task: task)
        let plan = SequentialPlan(operators: [OperatorID(2), OperatorID(0), OperatorID(5)])
        #expect(generator.check(plan) == .valid)
        #expect(
            plan.ipcText(in: task) == "(pick a)\n(move a b)\n(drop b)\n; cost = 3 (unit cost)\n")
    }

    @Test("defective plans are reported at the failing step")
    func defectivePlans() {
        let generator = SuccessorGenerator(task: oneBallGripperTask())
        #expect(
            generator.check(SequentialPlan(operators: [OperatorID(0), OperatorID(2)]))
                == .notApplicable(step: 1))
        #expect(generator.check(SequentialPlan(operators: [OperatorID(2)])) == .goalNotReached)
        #expect(
            generator.check(SequentialPlan(operators: [OperatorID(9)])) == .unknownOperator(step: 0)
        )
    }

    @Test("index validation rejects out-of-range facts")
    func indexValidation() {
        let task = GroundTask(
            name: "bad", facts: [Fact(predicate: "p", arguments: [])], operators: [],
            initialFacts: [FactID(3)], goal: [])
        #expect(throws: GroundTask.IndexError.self) { try task.validateIndices() }
        #expect(throws: Never.self) { try oneBallGripperTask().validateIndices() }
    }
}
