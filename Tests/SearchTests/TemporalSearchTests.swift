import PlanningTask
import Search
import Testing

/// The decision-epoch temporal search and the re-timing of its plans, on hand-built tasks.
@Suite struct TemporalSearchTests {
    /// Facts: 0 light, 1 mended, 2 dry, 3 painted.
    private static let facts = ["light", "mended", "dry", "painted"].map {
        Fact(predicate: $0, arguments: [])
    }

    private static func op(
        _ name: String, _ duration: Double, start: [Int32] = [], invariant: [Int32] = [],
        startAdds: [Int32] = [], endAdds: [Int32] = [], endDeletes: [Int32] = []
    ) -> DurativeOperator {
        DurativeOperator(
            name: name, arguments: [], duration: duration, startConditions: start.map(FactID.init),
            invariant: invariant.map(FactID.init), endConditions: [],
            startAdds: startAdds.map(FactID.init), startDeletes: [],
            endAdds: endAdds.map(FactID.init), endDeletes: endDeletes.map(FactID.init))
    }

    /// A temporal task whose relaxation has one compiled operator per durative one.
    private static func task(
        _ operators: [DurativeOperator], goal: [Int32],
        literals: [GroundTimedLiteral] = []
    ) -> TemporalTask {
        let compiled = operators.map { op in
            Operator(
                name: op.name, arguments: [], preconditions: op.startConditions + op.invariant,
                addEffects: op.startAdds + op.endAdds, deleteEffects: [])
        }
        return TemporalTask(
            relaxation: GroundTask(
                name: "t", facts: facts, operators: compiled, initialFacts: [],
                goal: goal.map(FactID.init)),
            operators: operators, timedLiterals: literals)
    }

    /// Fact 0 ("light") holds from 5 to `closing` only; painting (2 long, needs it over its
    /// run) gives fact 3, drying (2, needs it too) fact 2.
    private static func windowTask(closing: Double) -> TemporalTask {
        task(
            [
                op("paint", 2, invariant: [0], endAdds: [3]),
                op("dry", 2, invariant: [0], endAdds: [2]),
            ], goal: [2, 3],
            literals: [
                GroundTimedLiteral(time: 5, fact: FactID(0), isAdd: true),
                GroundTimedLiteral(time: closing, fact: FactID(0), isAdd: false),
            ])
    }

    @Test("Required concurrency: the mend runs while the light is on")
    func requiredConcurrency() {
        let task = Self.task(
            [
                Self.op("light", 5, startAdds: [0], endDeletes: [0]),
                Self.op("mend", 2, invariant: [0], endAdds: [1]),
            ], goal: [1])
        guard case .solved(let plan) = TemporalSearch(task: task, limits: .none).run().0 else {
            Issue.record("no plan")
            return
        }
        let light = plan.steps.first { $0.op == 0 }
        let mend = plan.steps.first { $0.op == 1 }
        #expect(light != nil && mend != nil)
        if let light, let mend {
            #expect(light.start < mend.start && mend.start + 2 < light.start + 5)
        }
    }

    @Test("A fact true only while its operator runs, needed over another's run: concurrency")
    func concurrencyIsDetected() {
        let light = Self.op("light", 5, startAdds: [0], endDeletes: [0])
        #expect(
            Self.task([light, Self.op("mend", 2, invariant: [0], endAdds: [1])], goal: [1])
                .mayNeedConcurrency)
        #expect(
            !Self.task([light, Self.op("mend", 2, start: [0], endAdds: [1])], goal: [1])
                .mayNeedConcurrency)
    }

    @Test("Re-timing moves independent steps together and never lengthens the plan")
    func retimingShortens() {
        // dry and mend are independent; paint needs dry.
        let task = Self.task(
            [
                Self.op("dry", 3, endAdds: [2]),
                Self.op("mend", 4, endAdds: [1]),
                Self.op("paint", 1, start: [2], endAdds: [3]),
            ], goal: [1, 3])
        let sequential = TemporalPlan(steps: [
            TemporalPlan.Step(op: 0, start: 0), TemporalPlan.Step(op: 1, start: 3.01),
            TemporalPlan.Step(op: 2, start: 7.02),
        ])
        let retimed = PlanRetiming.retimed(sequential, in: task)
        #expect(retimed.makespan(in: task) <= sequential.makespan(in: task))
        let start = Dictionary(uniqueKeysWithValues: retimed.steps.map { ($0.op, $0.start) })
        #expect(start[0] == 0 && start[1] == 0)
        // paint still starts after dry has ended, separated.
        #expect(abs(start[2]! - (3 + TemporalSearch.separation)) < 1e-9)
        #expect(abs(retimed.makespan(in: task) - (4 + TemporalSearch.separation)) < 1e-9)
    }

    @Test("Timed plans print in the PDDL 2.1 format with the makespan")
    func planText() {
        let task = Self.task([Self.op("dry", 3, endAdds: [2])], goal: [2])
        let plan = TemporalPlan(steps: [TemporalPlan.Step(op: 0, start: 1.5)])
        #expect(plan.text(in: task) == "1.500: (dry) [3.000]\n; makespan = 4.500\n")
    }

    @Test("A sequential plan is put into the window its steps need, apart from its literals")
    func windowScheduling() throws {
        let task = Self.windowTask(closing: 10)
        let windows = FactWindows(task: task)
        #expect(windows.coverEveryLiteral)
        let sequence = SequentialPlan(operators: [OperatorID(0), OperatorID(1)])
        let plan = try #require(PlanRetiming.scheduled(sequence, in: task, windows: windows))
        // Neither step interferes with the other: both start a separation after the window
        // opens and end before it closes.
        #expect(plan.steps.map(\.start) == [5.01, 5.01])
        // A window of 2 cannot hold a run of 2 a separation inside each literal.
        let short = Self.windowTask(closing: 7)
        #expect(
            PlanRetiming.scheduled(sequence, in: short, windows: FactWindows(task: short)) == nil)
    }

    @Test("The search plans inside a window and finds none where the window is too short")
    func searchRespectsWindows() {
        guard
            case .solved(let plan) = TemporalSearch(
                task: Self.windowTask(closing: 10), limits: .none
            ).run().0
        else {
            Issue.record("no plan")
            return
        }
        #expect(plan.steps.allSatisfy { $0.start > 5 && $0.start + 2 < 10 })
        let outcome = TemporalSearch(task: Self.windowTask(closing: 6.5), limits: .none).run().0
        guard case .exhausted = outcome else {
            Issue.record("a plan in a window shorter than any run: \(outcome)")
            return
        }
    }

    @Test("A start that a running end dooms is never made: the search ends without building it")
    func doomedStartsArePruned() {
        // The light burns 5; mending takes 6 under it: no plan, and no state with both running.
        let task = Self.task(
            [
                Self.op("light", 5, startAdds: [0], endDeletes: [0]),
                Self.op("mend", 6, invariant: [0], endAdds: [1]),
            ], goal: [1])
        let (outcome, statistics) = TemporalSearch(task: task, limits: .none).run()
        guard case .exhausted = outcome else {
            Issue.record("expected no plan, got \(outcome)")
            return
        }
        // The initial state and the light burning; the one after it burns out is the first.
        #expect(statistics.registered == 2)
    }

    @Test("A makespan bound: only plans that end before it, none when none can")
    func makespanBound() {
        // Mending alone takes 10; with the light on, mending takes 2 (the light burns 5).
        let task = Self.task(
            [
                Self.op("mend-in-the-dark", 10, endAdds: [1]),
                Self.op("light", 5, startAdds: [0], endDeletes: [0]),
                Self.op("mend", 2, invariant: [0], endAdds: [1]),
            ], goal: [1])
        for bound in [Double.infinity, 10, 5.5] {
            let outcome = TemporalSearch(task: task, limits: .none, makespanBound: bound).run().0
            guard case .solved(let plan) = outcome else {
                Issue.record("no plan under \(bound): \(outcome)")
                continue
            }
            #expect(plan.makespan(in: task) < bound)
        }
        // The light ends at 5.01 at the earliest: no plan ends before 5.
        guard case .exhausted = TemporalSearch(task: task, limits: .none, makespanBound: 5).run().0
        else {
            Issue.record("a plan under 5")
            return
        }
    }
}
