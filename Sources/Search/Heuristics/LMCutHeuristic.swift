public import PlanningTask

/// The LM-cut heuristic (Helmert & Domshlak 2009, "Landmarks, critical paths and
/// abstractions: what's the difference anyway?"): repeatedly computes h^max, finds a cut of
/// operators separating the state from the goal zone (facts connected to the goal through
/// zero-cost operators along their h^max-critical preconditions), adds the cut's minimum cost
/// and subtracts it from the cut's operators; h^max is then updated incrementally.
/// Admissible for tasks without conditional effects (with them, the planner uses h^max).
///
/// - Complexity: O(cuts · size of the task · log facts) per evaluation.
public final class LMCutHeuristic: Heuristic {
    private let exploration: RelaxedExploration
    private let relaxed: RelaxedTask
    private let criticalPrecondition: UnsafeMutableBufferPointer<Int32>
    private let inGoalZone: UnsafeMutableBufferPointer<Bool>
    private let visited: UnsafeMutableBufferPointer<Bool>
    private let inCut: UnsafeMutableBufferPointer<Bool>
    private var cut: [Int32] = []
    private var stack: [Int32] = []

    /// LM-cut for `task` under `costs` (one per operator).
    public init(task: GroundTask, costs: [Int]) {
        relaxed = RelaxedTask(task: task, costs: costs)
        exploration = RelaxedExploration(relaxed: relaxed, combination: .maximum)
        criticalPrecondition = .allocate(capacity: relaxed.operatorCount)
        criticalPrecondition.initialize(repeating: -1)
        inGoalZone = .allocate(capacity: relaxed.factCount)
        inGoalZone.initialize(repeating: false)
        visited = .allocate(capacity: relaxed.factCount)
        visited.initialize(repeating: false)
        inCut = .allocate(capacity: relaxed.operatorCount)
        inCut.initialize(repeating: false)
    }

    deinit {
        criticalPrecondition.deallocate()
        inGoalZone.deallocate()
        visited.deallocate()
        inCut.deallocate()
    }

    /// Always true (for tasks without conditional effects).
    public var isAdmissible: Bool { true }

    /// The summed cut costs for `state`, or nil if the goal is unreachable even relaxed.
    public func evaluate(_ state: UnsafeBufferPointer<UInt64>) -> Int? {
        exploration.resetCosts()
        var total = 0
        var goalCost = exploration.run(from: state, stopAtGoal: false)
        if goalCost >= RelaxedExploration.infinity { return nil }
        while true {
            if goalCost == 0 { return total }
            chooseCriticalPreconditions()
            markGoalZone()
            findCut(from: state)
            var minimum = RelaxedExploration.infinity
            for op in cut { minimum = min(minimum, exploration.operatorCosts[Int(op)]) }
            total += minimum
            for op in cut {
                exploration.operatorCosts[Int(op)] -= minimum
                inCut[Int(op)] = false
            }
            exploration.propagateDecreases(from: cut)
            cut.removeAll(keepingCapacity: true)
            goalCost = exploration.factCost[Int(relaxed.goalFact)]
        }
    }

    /// For every triggered operator, a precondition of maximal h^max cost.
    private func chooseCriticalPreconditions() {
        let factCost = exploration.factCost
        for op in 0..<relaxed.operatorCount {
            guard exploration.unsatisfied[op] == 0 else {
                criticalPrecondition[op] = -1
                continue
            }
            var best: Int32 = -1
            var bestCost = -1
            for position in relaxed.preconditionRange(op) {
                let pre = relaxed.preconditions[position]
                if factCost[Int(pre)] > bestCost {
                    bestCost = factCost[Int(pre)]
                    best = pre
                }
            }
            criticalPrecondition[op] = best
        }
    }

    /// Facts from which the goal fact is reached by zero-cost operators through their
    /// critical preconditions.
    private func markGoalZone() {
        let inGoalZone = self.inGoalZone
        let criticalPrecondition = self.criticalPrecondition
        let operatorCosts = exploration.operatorCosts
        var stack: [Int32] = []
        swap(&stack, &self.stack)
        defer { swap(&stack, &self.stack) }
        inGoalZone.update(repeating: false)
        inGoalZone[Int(relaxed.goalFact)] = true
        stack.append(relaxed.goalFact)
        while let fact = stack.popLast() {
            for position in relaxed.achieverRange(Int(fact)) {
                let op = Int(relaxed.achievers[position])
                let critical = criticalPrecondition[op]
                guard critical >= 0, operatorCosts[op] == 0, !inGoalZone[Int(critical)]
                else { continue }
                inGoalZone[Int(critical)] = true
                stack.append(critical)
            }
        }
    }

    /// The operators whose critical precondition is reachable from the state without
    /// entering the goal zone and which add a goal-zone fact.
    private func findCut(from state: UnsafeBufferPointer<UInt64>) {
        let inGoalZone = self.inGoalZone
        let visited = self.visited
        let inCut = self.inCut
        let criticalPrecondition = self.criticalPrecondition
        var stack: [Int32] = []
        var cut: [Int32] = []
        swap(&stack, &self.stack)
        swap(&cut, &self.cut)
        defer {
            swap(&stack, &self.stack)
            swap(&cut, &self.cut)
        }
        visited.update(repeating: false)
        let taskFacts = relaxed.factCount - 2
        for (wordIndex, word) in state.enumerated() {
            var bits = word
            while bits != 0 {
                let fact = wordIndex &* 64 &+ bits.trailingZeroBitCount
                bits &= bits &- 1
                if fact < taskFacts && !inGoalZone[fact] {
                    visited[fact] = true
                    stack.append(Int32(fact))
                }
            }
        }
        let trueFact = Int(relaxed.trueFact)
        if !inGoalZone[trueFact] {
            visited[trueFact] = true
            stack.append(relaxed.trueFact)
        }
        let consumers = relaxed.consumers
        let consumerStart = relaxed.consumerStart
        let effects = relaxed.effects
        let effectStart = relaxed.effectStart
        while let fact = stack.popLast() {
            for position in Int(consumerStart[Int(fact)])..<Int(consumerStart[Int(fact) + 1]) {
                let op = Int(consumers[position])
                guard criticalPrecondition[op] == fact else { continue }
                for effectPosition in Int(effectStart[op])..<Int(effectStart[op + 1]) {
                    let effect = Int(effects[effectPosition])
                    if inGoalZone[effect] {
                        if !inCut[op] {
                            inCut[op] = true
                            cut.append(Int32(op))
                        }
                    } else if !visited[effect] {
                        visited[effect] = true
                        stack.append(Int32(effect))
                    }
                }
            }
        }
    }
}
