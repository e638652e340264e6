import PlanningTask

/// The steps of a plan as STRIPS actions, with each conditional effect fixed to what it did
/// along one reference execution.
///
/// A conditional effect that fired contributes its effects and its condition becomes part
/// of the step's precondition; one that did not fire contributes nothing, and one literal
/// of its condition that was false (the one the fewest plan steps could make true) becomes a
/// precondition that keeps it from firing. In every linearisation where these compiled
/// preconditions hold, each step therefore behaves exactly as in the reference execution,
/// so causal-link reasoning over the compiled actions is sound for conditional effects too.
/// Deletes that the same step also adds are dropped (adds win, as in PDDL).
///
/// Facts that occur in some condition are renumbered densely ("relevant facts"); a literal
/// is `2 × relevant + (1 if negative)`. Node `stepCount` is the goal, a consumer only.
struct FixedBehaviour: Sendable {
    /// The number of steps.
    let stepCount: Int
    /// The relevant facts, indexed by relevant id.
    let relevantFacts: [FactID]
    /// Whether each relevant fact is true initially.
    let initiallyTrue: [Bool]
    /// Literal conditions of node `j` (steps and the goal):
    /// `conditionLiterals[conditionStart[j]..<conditionStart[j + 1]]`.
    let conditionStart: [Int32]
    let conditionLiterals: [Int32]
    /// For each relevant fact, the steps that make it true (row) …
    let adders: BitMatrix
    /// … and the steps that make it false.
    let deleters: BitMatrix
    /// The same sets as sorted lists, for iteration.
    let adderLists: [[Int32]]
    let deleterLists: [[Int32]]
    /// The literals each step establishes (adding fact r establishes `2r`, deleting it
    /// `2r + 1`), relevant facts only: `effectLiterals[effectStart[i]..<effectStart[i + 1]]`.
    let effectStart: [Int32]
    let effectLiterals: [Int32]

    /// Why the reference execution failed.
    enum ExecutionFailure: Error, Equatable {
        /// Step `step` (an index into the plan's steps) was not applicable.
        case notApplicable(step: Int)
        /// The execution ended in a state that is not a goal state.
        case goalNotReached
    }

    /// Compiles `steps` by executing them in the order `linearisation` (a permutation of
    /// the step indices) from the initial state of `task`.
    ///
    /// - Complexity: O(n × (state words + operator size)) for n steps.
    init(
        task: GroundTask, steps: [OperatorID], linearisation: [Int]
    ) throws(ExecutionFailure) {
        let generator = SuccessorGenerator(task: task)
        stepCount = steps.count
        // How many steps could make each fact true / false (for the choice of literal that
        // keeps a conditional effect from firing).
        var possibleAdders = [Int32](repeating: 0, count: task.factCount)
        var possibleDeleters = [Int32](repeating: 0, count: task.factCount)
        for op in steps.lazy.map({ task[$0] }) {
            for fact in op.addEffects { possibleAdders[fact.index] += 1 }
            for fact in op.deleteEffects { possibleDeleters[fact.index] += 1 }
            for effect in op.conditionalEffects {
                for fact in effect.addEffects { possibleAdders[fact.index] += 1 }
                for fact in effect.deleteEffects { possibleDeleters[fact.index] += 1 }
            }
        }

        var positive = [[FactID]](repeating: [], count: steps.count + 1)
        var negative = [[FactID]](repeating: [], count: steps.count + 1)
        var adds = [[FactID]](repeating: [], count: steps.count)
        var deletes = [[FactID]](repeating: [], count: steps.count)
        var state = task.initialState
        for step in linearisation {
            let op = task[steps[step]]
            guard generator.isApplicable(steps[step], in: state) else {
                throw .notApplicable(step: step)
            }
            var pre = op.preconditions
            var negativePre = op.negativePreconditions
            var added = op.addEffects
            var deleted = op.deleteEffects
            for effect in op.conditionalEffects {
                let unmet = effect.condition.first { !state.contains($0) }
                let violated = effect.negativeCondition.first { state.contains($0) }
                if unmet == nil, violated == nil {
                    pre += effect.condition
                    negativePre += effect.negativeCondition
                    added += effect.addEffects
                    deleted += effect.deleteEffects
                    continue
                }
                // Keep it from firing with the false literal that the fewest steps can flip.
                let falseFacts = effect.condition.filter { !state.contains($0) }
                let trueFacts = effect.negativeCondition.filter { state.contains($0) }
                let bestFalse = falseFacts.min {
                    possibleAdders[$0.index] < possibleAdders[$1.index]
                }
                let bestTrue = trueFacts.min {
                    possibleDeleters[$0.index] < possibleDeleters[$1.index]
                }
                switch (bestFalse, bestTrue) {
                case (let fact?, let other?):
                    if possibleAdders[fact.index] <= possibleDeleters[other.index] {
                        negativePre.append(fact)
                    } else {
                        pre.append(other)
                    }
                case (let fact?, nil): negativePre.append(fact)
                case (nil, let other?): pre.append(other)
                case (nil, nil): break
                }
            }
            let addSet = Set(added)
            deleted = deleted.filter { !addSet.contains($0) }
            positive[step] = Array(Set(pre)).sorted()
            negative[step] = Array(Set(negativePre)).sorted()
            adds[step] = Array(addSet).sorted()
            deletes[step] = Array(Set(deleted)).sorted()
            state = generator.successor(of: state, applying: steps[step])
        }
        guard generator.isGoal(state) else { throw .goalNotReached }
        positive[steps.count] = task.goal
        negative[steps.count] = task.negativeGoal

        var relevantID = [Int32](repeating: -1, count: task.factCount)
        var relevant: [FactID] = []
        var start: [Int32] = [0]
        var literals: [Int32] = []
        for node in 0...steps.count {
            for (facts, sign) in [(positive[node], Int32(0)), (negative[node], Int32(1))] {
                for fact in facts {
                    if relevantID[fact.index] < 0 {
                        relevantID[fact.index] = Int32(relevant.count)
                        relevant.append(fact)
                    }
                    literals.append(relevantID[fact.index] * 2 + sign)
                }
            }
            start.append(Int32(literals.count))
        }
        relevantFacts = relevant
        conditionStart = start
        conditionLiterals = literals
        let initial = task.initialState
        initiallyTrue = relevant.map { initial.contains($0) }

        var adderMatrix = BitMatrix(rows: relevant.count, columns: steps.count)
        var deleterMatrix = BitMatrix(rows: relevant.count, columns: steps.count)
        var adderLists = [[Int32]](repeating: [], count: relevant.count)
        var deleterLists = [[Int32]](repeating: [], count: relevant.count)
        var effectStart: [Int32] = [0]
        var effectLiterals: [Int32] = []
        for step in 0..<steps.count {
            for fact in adds[step] where relevantID[fact.index] >= 0 {
                let id = Int(relevantID[fact.index])
                adderMatrix[id, step] = true
                adderLists[id].append(Int32(step))
                effectLiterals.append(Int32(id) * 2)
            }
            for fact in deletes[step] where relevantID[fact.index] >= 0 {
                let id = Int(relevantID[fact.index])
                deleterMatrix[id, step] = true
                deleterLists[id].append(Int32(step))
                effectLiterals.append(Int32(id) * 2 + 1)
            }
            effectStart.append(Int32(effectLiterals.count))
        }
        self.effectStart = effectStart
        self.effectLiterals = effectLiterals
        adders = adderMatrix
        deleters = deleterMatrix
        self.adderLists = adderLists
        self.deleterLists = deleterLists
    }

    /// The node index of the goal.
    var goalNode: Int { stepCount }

    /// The literal conditions of node `node` (a step or the goal).
    func conditions(of node: Int) -> ArraySlice<Int32> {
        conditionLiterals[Int(conditionStart[node])..<Int(conditionStart[node + 1])]
    }

    /// The literals step `step` establishes.
    func effects(of step: Int) -> ArraySlice<Int32> {
        effectLiterals[Int(effectStart[step])..<Int(effectStart[step + 1])]
    }

    /// The steps that establish `literal` (make it hold) as a bit matrix and its row.
    func establishers(of literal: Int32) -> (matrix: BitMatrix, row: Int) {
        literal & 1 == 0 ? (adders, Int(literal >> 1)) : (deleters, Int(literal >> 1))
    }

    /// The steps that undo `literal`.
    func threateners(of literal: Int32) -> [Int32] {
        literal & 1 == 0 ? deleterLists[Int(literal >> 1)] : adderLists[Int(literal >> 1)]
    }

    /// The steps that establish `literal`, as a list.
    func establisherList(of literal: Int32) -> [Int32] {
        literal & 1 == 0 ? adderLists[Int(literal >> 1)] : deleterLists[Int(literal >> 1)]
    }

    /// Whether `literal` holds in the initial state.
    func holdsInitially(_ literal: Int32) -> Bool {
        initiallyTrue[Int(literal >> 1)] == (literal & 1 == 0)
    }

    /// The fact of `literal` and whether the literal is negative.
    func fact(of literal: Int32) -> (fact: FactID, isNegative: Bool) {
        (relevantFacts[Int(literal >> 1)], literal & 1 == 1)
    }
}
