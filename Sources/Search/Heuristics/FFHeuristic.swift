public import PlanningTask

/// The FF heuristic (Hoffmann & Nebel 2001, "The FF planning system"): the cost of a relaxed
/// plan extracted from h^add best supporters (Keyder & Geffner 2008), counting each task
/// operator once; its operators applicable in the state are the preferred (helpful)
/// operators. Not admissible.
///
/// - Complexity: O(size of the task · log facts) per evaluation.
public final class FFHeuristic: PreferredOperatorHeuristic {
    private let exploration: RelaxedExploration
    private let relaxed: RelaxedTask
    private let operatorCosts: [Int]
    private let markedFact: UnsafeMutableBufferPointer<Bool>
    private let markedOperator: UnsafeMutableBufferPointer<Bool>
    private var touchedFacts: [Int32] = []
    private var planOperators: [Int32] = []
    private var preferred: [Int32] = []
    private var stack: [Int32] = []

    /// hFF for `task` under `costs` (one per operator).
    public convenience init(task: GroundTask, costs: [Int]) {
        self.init(relaxed: RelaxedTask(task: task, costs: costs), costs: costs)
    }

    /// hFF over an existing relaxation built with `costs` (shared with other heuristics).
    public init(relaxed: RelaxedTask, costs: [Int]) {
        self.relaxed = relaxed
        exploration = RelaxedExploration(relaxed: relaxed, combination: .sum)
        operatorCosts = costs
        markedFact = .allocate(capacity: relaxed.factCount)
        markedFact.initialize(repeating: false)
        markedOperator = .allocate(capacity: costs.count)
        markedOperator.initialize(repeating: false)
    }

    deinit {
        markedFact.deallocate()
        markedOperator.deallocate()
    }

    /// Always false: a relaxed plan may cost more than the optimal plan.
    public var isAdmissible: Bool { false }

    /// The relaxed plan's cost for `state`, or nil if the goal is unreachable even relaxed.
    public func evaluate(_ state: UnsafeBufferPointer<UInt64>) -> Int? {
        var preferred: [Int32] = []
        var stack: [Int32] = []
        var touchedFacts: [Int32] = []
        var planOperators: [Int32] = []
        swap(&preferred, &self.preferred)
        swap(&stack, &self.stack)
        swap(&touchedFacts, &self.touchedFacts)
        swap(&planOperators, &self.planOperators)
        defer {
            swap(&preferred, &self.preferred)
            swap(&stack, &self.stack)
            swap(&touchedFacts, &self.touchedFacts)
            swap(&planOperators, &self.planOperators)
        }
        preferred.removeAll(keepingCapacity: true)
        let goalCost = exploration.run(from: state, stopAtGoal: true)
        if goalCost >= RelaxedExploration.infinity { return nil }
        let factCost = exploration.factCost
        let supporter = exploration.supporter
        let markedFact = self.markedFact
        let markedOperator = self.markedOperator
        var total = 0
        stack.append(relaxed.goalFact)
        markedFact[Int(relaxed.goalFact)] = true
        touchedFacts.append(relaxed.goalFact)
        while let fact = stack.popLast() {
            let op = Int(supporter[Int(fact)])
            if op < 0 { continue }
            var applicable = true
            for position in relaxed.preconditionRange(op) {
                let pre = relaxed.preconditions[position]
                if factCost[Int(pre)] != 0 { applicable = false }
                if !markedFact[Int(pre)] {
                    markedFact[Int(pre)] = true
                    touchedFacts.append(pre)
                    stack.append(pre)
                }
            }
            let origin = relaxed.origin[op]
            if origin >= 0 && !markedOperator[Int(origin)] {
                markedOperator[Int(origin)] = true
                planOperators.append(origin)
                total += operatorCosts[Int(origin)]
                if applicable { preferred.append(origin) }
            }
        }
        for fact in touchedFacts { markedFact[Int(fact)] = false }
        touchedFacts.removeAll(keepingCapacity: true)
        for op in planOperators { markedOperator[Int(op)] = false }
        planOperators.removeAll(keepingCapacity: true)
        return total
    }

    /// Calls `mark` with each relaxed-plan operator applicable in the last evaluated state.
    public func forEachPreferredOperator(_ mark: (Int32) -> Void) {
        for op in preferred { mark(op) }
    }
}
