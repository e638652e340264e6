/// Generalised Dijkstra over the delete relaxation: computes h^max or h^add costs of every
/// fact from a state, with a best supporter per fact (Bonet & Geffner 2001, "Planning as
/// heuristic search"; Keyder & Geffner 2008 for best supporters).
///
/// - Complexity: O((facts + Σ|pre| + Σ|add|) · log facts) per run.
final class RelaxedExploration {
    /// How the cost of an operator's preconditions combines.
    enum Combination { case maximum, sum }

    static let infinity = Int.max / 4

    let relaxed: RelaxedTask
    let combination: Combination
    /// Current operator costs (LM-cut lowers them).
    var operatorCosts: [Int]
    /// Cost of each fact after `run`.
    private(set) var factCost: [Int]
    /// The relaxed operator that first reached each fact at its cost (-1: none / initial).
    private(set) var supporter: [Int32]
    /// Combined precondition cost of each relaxed operator (valid when `unsatisfied == 0`).
    private(set) var preconditionCost: [Int]
    /// Preconditions not yet reached per operator; 0 means the operator was triggered.
    private(set) var unsatisfied: [Int32]
    private let preconditionCount: [Int32]
    private var heap = IntegerMinHeap()

    init(relaxed: RelaxedTask, combination: Combination) {
        self.relaxed = relaxed
        self.combination = combination
        operatorCosts = relaxed.baseCosts
        factCost = Array(repeating: Self.infinity, count: relaxed.factCount)
        supporter = Array(repeating: -1, count: relaxed.factCount)
        preconditionCost = Array(repeating: 0, count: relaxed.operatorCount)
        preconditionCount = (0..<relaxed.operatorCount).map {
            relaxed.preconditionStart[$0 + 1] - relaxed.preconditionStart[$0]
        }
        unsatisfied = preconditionCount
    }

    /// Computes the costs from `state`; returns the goal fact's cost (infinity if unreachable).
    /// With `stopAtGoal`, the run ends once the goal fact's cost is final.
    @discardableResult
    func run(from state: UnsafeBufferPointer<UInt64>, stopAtGoal: Bool) -> Int {
        let infinity = Self.infinity
        for fact in 0..<relaxed.factCount {
            factCost[fact] = infinity
            supporter[fact] = -1
        }
        for op in 0..<relaxed.operatorCount {
            unsatisfied[op] = preconditionCount[op]
            preconditionCost[op] = 0
        }
        heap.removeAll()
        let taskFacts = relaxed.factCount - 2
        for (wordIndex, word) in state.enumerated() {
            var bits = word
            while bits != 0 {
                let fact = wordIndex &* 64 &+ bits.trailingZeroBitCount
                bits &= bits &- 1
                if fact < taskFacts {
                    factCost[fact] = 0
                    heap.push(key: 0, value: Int32(fact))
                }
            }
        }
        factCost[Int(relaxed.trueFact)] = 0
        heap.push(key: 0, value: relaxed.trueFact)
        let goal = Int(relaxed.goalFact)
        while let (cost, fact32) = heap.pop() {
            let fact = Int(fact32)
            if cost > factCost[fact] { continue }
            if fact == goal && stopAtGoal { break }
            for position in relaxed.consumerRange(fact) {
                let op = Int(relaxed.consumers[position])
                switch combination {
                case .maximum: if cost > preconditionCost[op] { preconditionCost[op] = cost }
                case .sum: preconditionCost[op] = min(preconditionCost[op] + cost, infinity)
                }
                unsatisfied[op] -= 1
                if unsatisfied[op] == 0 {
                    let reached = min(preconditionCost[op] + operatorCosts[op], infinity)
                    for effectPosition in relaxed.effectRange(op) {
                        let effect = Int(relaxed.effects[effectPosition])
                        if reached < factCost[effect] {
                            factCost[effect] = reached
                            supporter[effect] = Int32(op)
                            heap.push(key: reached, value: Int32(effect))
                        }
                    }
                }
            }
        }
        return factCost[goal]
    }
}
