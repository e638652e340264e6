public import PlanningTask

/// The delete relaxation of a task in flat arrays, shared by hmax, hadd, hFF, LM-cut and the
/// landmark factory.
///
/// Each operator becomes one relaxed operator; each conditional effect becomes one more,
/// whose preconditions are the operator's plus the effect's condition. Negative conditions
/// are ignored (a relaxation). Two artificial facts are added: `trueFact`, a precondition of
/// every operator without one (so every relaxed operator has a precondition), and
/// `goalFact`, the only add effect of the artificial goal operator (cost 0) whose
/// preconditions are the goal.
public struct RelaxedTask: Sendable {
    /// Facts of the task plus the two artificial ones.
    public let factCount: Int
    /// The artificial fact true in every state.
    public let trueFact: Int32
    /// The artificial fact reached by the goal operator.
    public let goalFact: Int32
    /// The number of relaxed operators (including the goal operator, the last one).
    public let operatorCount: Int
    /// Index of the artificial goal operator.
    public let goalOperator: Int32

    let preconditionStart: [Int32]
    let preconditions: [Int32]
    let effectStart: [Int32]
    let effects: [Int32]
    /// For each relaxed operator, the task operator it comes from (-1 for the goal operator).
    let origin: [Int32]
    /// Relaxed operators having each fact as a precondition (CSR by fact).
    let consumerStart: [Int32]
    let consumers: [Int32]
    /// Relaxed operators adding each fact (CSR by fact).
    let achieverStart: [Int32]
    let achievers: [Int32]
    /// The cost of each relaxed operator under the cost model it was built with.
    let baseCosts: [Int]

    /// Builds the relaxation of `task` with operator costs `costs` (one per task operator).
    ///
    /// - Complexity: O(size of the task).
    public init(task: GroundTask, costs: [Int]) {
        let taskFacts = task.factCount
        factCount = taskFacts + 2
        trueFact = Int32(taskFacts)
        goalFact = Int32(taskFacts + 1)
        var preconditionStart: [Int32] = [0]
        var preconditions: [Int32] = []
        var effectStart: [Int32] = [0]
        var effects: [Int32] = []
        var origin: [Int32] = []
        var baseCosts: [Int] = []
        let trueFact = self.trueFact
        func add(
            pre: some Sequence<FactID>, extra: [FactID], adds: [FactID], from op: Int, cost: Int
        ) {
            let before = preconditions.count
            preconditions.append(contentsOf: pre.lazy.map(\.rawValue))
            preconditions.append(contentsOf: extra.lazy.map(\.rawValue))
            if preconditions.count == before { preconditions.append(trueFact) }
            preconditionStart.append(Int32(preconditions.count))
            effects.append(contentsOf: adds.lazy.map(\.rawValue))
            effectStart.append(Int32(effects.count))
            origin.append(Int32(op))
            baseCosts.append(cost)
        }
        for (index, op) in task.operators.enumerated() {
            if !op.addEffects.isEmpty || op.conditionalEffects.isEmpty {
                add(
                    pre: op.preconditions, extra: [], adds: op.addEffects, from: index,
                    cost: costs[index])
            }
            for effect in op.conditionalEffects where !effect.addEffects.isEmpty {
                let extra = effect.condition.filter { !op.preconditions.contains($0) }
                add(
                    pre: op.preconditions, extra: extra, adds: effect.addEffects, from: index,
                    cost: costs[index])
            }
        }
        goalOperator = Int32(origin.count)
        add(pre: task.goal, extra: [], adds: [FactID(rawValue: goalFact)], from: -1, cost: 0)
        operatorCount = origin.count
        self.preconditionStart = preconditionStart
        self.preconditions = preconditions
        self.effectStart = effectStart
        self.effects = effects
        self.origin = origin
        self.baseCosts = baseCosts
        (consumerStart, consumers) = Self.invert(
            start: preconditionStart, items: preconditions, factCount: factCount)
        (achieverStart, achievers) = Self.invert(
            start: effectStart, items: effects, factCount: factCount)
    }

    private static func invert(start: [Int32], items: [Int32], factCount: Int) -> ([Int32], [Int32])
    {
        var counts = [Int32](repeating: 0, count: factCount + 1)
        for item in items { counts[Int(item) + 1] += 1 }
        for fact in 0..<factCount { counts[fact + 1] += counts[fact] }
        var fill = counts
        var result = [Int32](repeating: 0, count: items.count)
        for op in 0..<(start.count - 1) {
            for position in Int(start[op])..<Int(start[op + 1]) {
                let fact = Int(items[position])
                result[Int(fill[fact])] = Int32(op)
                fill[fact] += 1
            }
        }
        return (counts, result)
    }

    @inline(__always) func preconditionRange(_ op: Int) -> Range<Int> {
        Int(preconditionStart[op])..<Int(preconditionStart[op + 1])
    }
    @inline(__always) func effectRange(_ op: Int) -> Range<Int> {
        Int(effectStart[op])..<Int(effectStart[op + 1])
    }
    @inline(__always) func consumerRange(_ fact: Int) -> Range<Int> {
        Int(consumerStart[fact])..<Int(consumerStart[fact + 1])
    }
    @inline(__always) func achieverRange(_ fact: Int) -> Range<Int> {
        Int(achieverStart[fact])..<Int(achieverStart[fact + 1])
    }
}
