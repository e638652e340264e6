/// Generalised Dijkstra over the delete relaxation: computes h^max or h^add costs of every
/// fact from a state, with a best supporter per fact (Bonet & Geffner 2001, "Planning as
/// heuristic search"; Keyder & Geffner 2008 for best supporters).
///
/// The per-run arrays are raw buffers owned by this object (`let` properties, so the hot
/// loop pays no exclusivity checks).
///
/// - Complexity: O((facts + Σ|pre| + Σ|add|) · log facts) per run.
final class RelaxedExploration {
    /// How the cost of an operator's preconditions combines.
    enum Combination { case maximum, sum }

    static let infinity = Int.max / 4

    let relaxed: RelaxedTask
    let combination: Combination
    /// Current operator costs (LM-cut lowers them).
    let operatorCosts: UnsafeMutableBufferPointer<Int>
    /// Cost of each fact after `run`.
    let factCost: UnsafeMutableBufferPointer<Int>
    /// The relaxed operator that first reached each fact at its cost (-1: none / initial).
    let supporter: UnsafeMutableBufferPointer<Int32>
    /// Combined precondition cost of each relaxed operator (valid when `unsatisfied == 0`).
    let preconditionCost: UnsafeMutableBufferPointer<Int>
    /// Preconditions not yet reached per operator; 0 means the operator was triggered.
    let unsatisfied: UnsafeMutableBufferPointer<Int32>
    private let preconditionCount: UnsafeMutableBufferPointer<Int32>
    private let heap: HeapStorage

    /// The open list of a run, kept between runs for its capacity.
    private final class HeapStorage { var heap = MonotoneQueue() }

    init(relaxed: RelaxedTask, combination: Combination) {
        self.relaxed = relaxed
        self.combination = combination
        operatorCosts = .allocate(capacity: relaxed.operatorCount)
        _ = operatorCosts.initialize(from: relaxed.baseCosts)
        factCost = .allocate(capacity: relaxed.factCount)
        factCost.initialize(repeating: Self.infinity)
        supporter = .allocate(capacity: relaxed.factCount)
        supporter.initialize(repeating: -1)
        preconditionCost = .allocate(capacity: relaxed.operatorCount)
        preconditionCost.initialize(repeating: 0)
        preconditionCount = .allocate(capacity: relaxed.operatorCount)
        for op in 0..<relaxed.operatorCount {
            preconditionCount[op] =
                relaxed.preconditionStart[op + 1] - relaxed.preconditionStart[op]
        }
        unsatisfied = .allocate(capacity: relaxed.operatorCount)
        _ = unsatisfied.initialize(from: preconditionCount)
        heap = HeapStorage()
    }

    deinit {
        operatorCosts.deallocate()
        factCost.deallocate()
        supporter.deallocate()
        preconditionCost.deallocate()
        preconditionCount.deallocate()
        unsatisfied.deallocate()
    }

    /// Restores the operator costs the relaxation was built with.
    func resetCosts() {
        for op in 0..<relaxed.operatorCount { operatorCosts[op] = relaxed.baseCosts[op] }
    }

    /// Computes the costs from `state`; returns the goal fact's cost (infinity if unreachable).
    /// With `stopAtGoal`, the run ends once every goal has been reached with its final cost
    /// (facts costlier than the dearest goal keep their infinite cost).
    @discardableResult
    func run(from state: UnsafeBufferPointer<UInt64>, stopAtGoal: Bool) -> Int {
        let infinity = Self.infinity
        let factCost = self.factCost
        let supporter = self.supporter
        let unsatisfied = self.unsatisfied
        let preconditionCost = self.preconditionCost
        let operatorCosts = self.operatorCosts
        let isMaximum = combination == .maximum
        factCost.update(repeating: infinity)
        supporter.update(repeating: -1)
        preconditionCost.update(repeating: 0)
        _ = unsatisfied.update(fromContentsOf: preconditionCount)
        var open = MonotoneQueue()
        swap(&open, &heap.heap)
        defer { swap(&open, &heap.heap) }
        open.removeAll()
        let taskFacts = relaxed.factCount - 2
        for (wordIndex, word) in state.enumerated() {
            var bits = word
            while bits != 0 {
                let fact = wordIndex &* 64 &+ bits.trailingZeroBitCount
                bits &= bits &- 1
                if fact < taskFacts {
                    factCost[fact] = 0
                    open.push(key: 0, value: Int32(fact))
                }
            }
        }
        factCost[Int(relaxed.trueFact)] = 0
        open.push(key: 0, value: relaxed.trueFact)
        let goal = Int(relaxed.goalFact)
        let goalOperator = Int(relaxed.goalOperator)
        relaxed.consumers.withUnsafeBufferPointer { consumers in
            relaxed.consumerStart.withUnsafeBufferPointer { consumerStart in
                relaxed.effects.withUnsafeBufferPointer { effects in
                    relaxed.effectStart.withUnsafeBufferPointer { effectStart in
                        while let (cost, fact32) = open.pop() {
                            let fact = Int(fact32)
                            if cost > factCost[fact] { continue }
                            for position in Int(consumerStart[fact])..<Int(consumerStart[fact + 1])
                            {
                                let op = Int(consumers[position])
                                if isMaximum {
                                    if cost > preconditionCost[op] { preconditionCost[op] = cost }
                                } else {
                                    preconditionCost[op] = min(
                                        preconditionCost[op] &+ cost, infinity)
                                }
                                unsatisfied[op] &-= 1
                                if unsatisfied[op] == 0 {
                                    let reached = min(
                                        preconditionCost[op] &+ operatorCosts[op], infinity)
                                    if op == goalOperator && stopAtGoal {
                                        // Every goal has its final cost: the goal's value is known.
                                        factCost[goal] = reached
                                        supporter[goal] = Int32(op)
                                        return
                                    }
                                    for effectPosition in Int(
                                        effectStart[op])..<Int(effectStart[op + 1])
                                    {
                                        let effect = Int(effects[effectPosition])
                                        if reached < factCost[effect] {
                                            factCost[effect] = reached
                                            supporter[effect] = Int32(op)
                                            open.push(key: reached, value: Int32(effect))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return factCost[goal]
    }

    /// After the costs of the operators in `lowered` decreased, updates the h^max costs
    /// (only decreases propagate, as in Fast Downward's incremental LM-cut exploration).
    /// Valid for `.maximum` after a full `run(from:stopAtGoal: false)`.
    ///
    /// - Complexity: O(affected part of the task · log facts).
    func propagateDecreases(from lowered: [Int32]) {
        let infinity = Self.infinity
        let factCost = self.factCost
        let supporter = self.supporter
        let unsatisfied = self.unsatisfied
        let preconditionCost = self.preconditionCost
        let operatorCosts = self.operatorCosts
        var open = IntegerMinHeap()
        func lower(_ op: Int) {
            let reached = min(preconditionCost[op] &+ operatorCosts[op], infinity)
            for effectPosition in relaxed.effectRange(op) {
                let effect = Int(relaxed.effects[effectPosition])
                if reached < factCost[effect] {
                    factCost[effect] = reached
                    supporter[effect] = Int32(op)
                    open.push(key: reached, value: Int32(effect))
                }
            }
        }
        for op in lowered where unsatisfied[Int(op)] == 0 { lower(Int(op)) }
        while let (cost, fact32) = open.pop() {
            let fact = Int(fact32)
            if cost > factCost[fact] { continue }
            for position in relaxed.consumerRange(fact) {
                let op = Int(relaxed.consumers[position])
                guard unsatisfied[op] == 0 else { continue }
                var maximum = 0
                for prePosition in relaxed.preconditionRange(op) {
                    maximum = max(maximum, factCost[Int(relaxed.preconditions[prePosition])])
                }
                if maximum < preconditionCost[op] {
                    preconditionCost[op] = maximum
                    lower(op)
                }
            }
        }
    }
}
