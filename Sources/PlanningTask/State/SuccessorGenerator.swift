/// Finds the operators applicable in a packed state and computes successor states.
///
/// The operators are indexed by one precondition each (the one shared by the fewest
/// operators), so enumerating the applicable operators of a state costs
/// O(true facts + operators indexed on them × their precondition count), not O(operators).
/// Preconditions and effects are flattened into contiguous `Int32` arrays (CSR layout).
/// The hot entry points work on raw word buffers so that search can keep every state in
/// one big buffer; `PackedState` overloads exist for convenience.
public struct SuccessorGenerator: Sendable {
    /// The task this generator was built for.
    public let task: GroundTask
    /// The state layout (words per state).
    public let layout: PackedStateLayout

    private let preconditionStart: [Int32]
    private let preconditionFacts: [Int32]
    private let negativeStart: [Int32]
    private let negativeFacts: [Int32]
    private let addStart: [Int32]
    private let addFacts: [Int32]
    private let deleteStart: [Int32]
    private let deleteFacts: [Int32]
    private let hasConditionalEffects: [Bool]
    private let indexStart: [Int32]
    private let indexedOperators: [Int32]
    private let unconditionalOperators: [Int32]
    private let goalFacts: [Int32]
    private let negativeGoalFacts: [Int32]

    /// Builds the index for `task`.
    ///
    /// - Complexity: O(size of the task).
    public init(task: GroundTask) {
        self.task = task
        layout = PackedStateLayout(factCount: task.factCount)
        func flatten(_ lists: (Operator) -> [FactID]) -> ([Int32], [Int32]) {
            var start: [Int32] = [0]
            var facts: [Int32] = []
            start.reserveCapacity(task.operatorCount + 1)
            for op in task.operators {
                facts.append(contentsOf: lists(op).lazy.map(\.rawValue))
                start.append(Int32(facts.count))
            }
            return (start, facts)
        }
        (preconditionStart, preconditionFacts) = flatten(\.preconditions)
        (negativeStart, negativeFacts) = flatten(\.negativePreconditions)
        (addStart, addFacts) = flatten(\.addEffects)
        (deleteStart, deleteFacts) = flatten(\.deleteEffects)
        hasConditionalEffects = task.operators.map(\.hasConditionalEffects)
        goalFacts = task.goal.map(\.rawValue)
        negativeGoalFacts = task.negativeGoal.map(\.rawValue)

        var usage = [Int32](repeating: 0, count: task.factCount)
        for fact in preconditionFacts { usage[Int(fact)] += 1 }
        var key = [Int32](repeating: -1, count: task.operatorCount)
        var unconditional: [Int32] = []
        var bucketSize = [Int32](repeating: 0, count: task.factCount + 1)
        for (index, op) in task.operators.enumerated() {
            guard let rarest = op.preconditions.min(by: { usage[$0.index] < usage[$1.index] })
            else {
                unconditional.append(Int32(index))
                continue
            }
            key[index] = rarest.rawValue
            bucketSize[rarest.index + 1] += 1
        }
        for fact in 0..<task.factCount { bucketSize[fact + 1] += bucketSize[fact] }
        var fill = bucketSize
        var indexed = [Int32](repeating: 0, count: task.operatorCount - unconditional.count)
        for (index, fact) in key.enumerated() where fact >= 0 {
            indexed[Int(fill[Int(fact)])] = Int32(index)
            fill[Int(fact)] += 1
        }
        indexStart = bucketSize
        indexedOperators = indexed
        unconditionalOperators = unconditional
    }

    @inline(__always)
    private static func test(_ state: UnsafeBufferPointer<UInt64>, _ fact: Int32) -> Bool {
        let index = Int(fact)
        return state[index &>> 6] & (1 &<< UInt64(index & 63)) != 0
    }

    /// Whether operator `op` is applicable in `state`.
    @inlinable
    public func isApplicable(_ op: OperatorID, in state: UnsafeBufferPointer<UInt64>) -> Bool {
        isApplicable(index: op.index, in: state)
    }

    @usableFromInline
    func isApplicable(index: Int, in state: UnsafeBufferPointer<UInt64>) -> Bool {
        for position in Int(preconditionStart[index])..<Int(preconditionStart[index + 1])
        where !Self.test(state, preconditionFacts[position]) {
            return false
        }
        for position in Int(negativeStart[index])..<Int(negativeStart[index + 1])
        where Self.test(state, negativeFacts[position]) {
            return false
        }
        return true
    }

    /// Appends every operator applicable in `state` to `result` (which is not cleared).
    ///
    /// - Complexity: O(words + true facts + Σ precondition counts of the candidates).
    public func applicableOperators(
        in state: UnsafeBufferPointer<UInt64>, into result: inout [OperatorID]
    ) {
        for index in unconditionalOperators where isApplicable(index: Int(index), in: state) {
            result.append(OperatorID(rawValue: index))
        }
        for wordIndex in 0..<layout.wordCount {
            var bits = state[wordIndex]
            while bits != 0 {
                let fact = wordIndex &* 64 &+ bits.trailingZeroBitCount
                bits &= bits &- 1
                guard fact < task.factCount else { break }
                for position in Int(indexStart[fact])..<Int(indexStart[fact + 1]) {
                    let index = Int(indexedOperators[position])
                    if isApplicable(index: index, in: state) {
                        result.append(OperatorID(index))
                    }
                }
            }
        }
    }

    /// Writes the state reached by applying `op` in `state` into `successor`.
    ///
    /// `op` must be applicable; `successor` must not overlap `state`. Conditional effects are
    /// evaluated in `state`; deletes are applied before adds.
    public func apply(
        _ op: OperatorID, to state: UnsafeBufferPointer<UInt64>,
        into successor: UnsafeMutableBufferPointer<UInt64>
    ) {
        let index = op.index
        for word in 0..<layout.wordCount { successor[word] = state[word] }
        for position in Int(deleteStart[index])..<Int(deleteStart[index + 1]) {
            let fact = Int(deleteFacts[position])
            successor[fact &>> 6] &= ~(1 &<< UInt64(fact & 63))
        }
        if hasConditionalEffects[index] {
            let effects = task.operators[index].conditionalEffects
            var firing: [Int] = []
            for (effectIndex, effect) in effects.enumerated()
            where effect.condition.allSatisfy({ Self.test(state, $0.rawValue) })
                && !effect.negativeCondition.contains(where: { Self.test(state, $0.rawValue) })
            {
                firing.append(effectIndex)
                for fact in effect.deleteEffects {
                    successor[fact.index &>> 6] &= ~(1 &<< UInt64(fact.index & 63))
                }
            }
            for effectIndex in firing {
                for fact in effects[effectIndex].addEffects {
                    successor[fact.index &>> 6] |= 1 &<< UInt64(fact.index & 63)
                }
            }
        }
        for position in Int(addStart[index])..<Int(addStart[index + 1]) {
            let fact = Int(addFacts[position])
            successor[fact &>> 6] |= 1 &<< UInt64(fact & 63)
        }
    }

    /// Whether `state` satisfies the goal.
    public func isGoal(_ state: UnsafeBufferPointer<UInt64>) -> Bool {
        goalFacts.allSatisfy { Self.test(state, $0) }
            && !negativeGoalFacts.contains { Self.test(state, $0) }
    }
}
