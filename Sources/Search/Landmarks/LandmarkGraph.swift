public import PlanningTask

/// Fact landmarks of a task with their orderings, found by label propagation over the
/// delete relaxation (Zhu & Givan 2003, "Landmark extraction via planning graph
/// propagation"): the label of a fact is the set of facts every relaxed plan reaching it
/// must achieve first; the goal's label holds the landmarks.
///
/// `parents(of:)` lists the landmarks ordered before a landmark (the transitive natural
/// orderings, from its label).
///
/// - Complexity: O(propagation rounds · Σ(|pre| · label size)); labels only shrink once set.
public struct LandmarkGraph: Sendable {
    /// The fact of each landmark.
    public let facts: [FactID]
    /// Whether each landmark is a goal fact.
    public let isGoal: [Bool]
    private let parentStart: [Int32]
    private let parentList: [Int32]
    private let achieverStart: [Int32]
    private let achieverList: [Int32]
    /// The cheapest achiever cost of each landmark under the costs given to `init`.
    public let minimumCost: [Int]

    /// The number of landmarks.
    public var count: Int { facts.count }

    /// The landmarks ordered before landmark `landmark`.
    public func parents(of landmark: Int) -> ArraySlice<Int32> {
        parentList[Int(parentStart[landmark])..<Int(parentStart[landmark + 1])]
    }

    /// The task operators adding landmark `landmark` (unconditionally or conditionally).
    public func achievers(of landmark: Int) -> ArraySlice<Int32> {
        achieverList[Int(achieverStart[landmark])..<Int(achieverStart[landmark + 1])]
    }

    /// Computes the landmarks of `task` from its initial state, with achiever costs `costs`.
    public init(task: GroundTask, costs: [Int]) {
        self.init(task: task, relaxed: RelaxedTask(task: task, costs: costs), costs: costs)
    }

    /// Computes the landmarks over an existing relaxation of `task` built with `costs`.
    public init(task: GroundTask, relaxed: RelaxedTask, costs: [Int]) {
        let labels = Self.propagateLabels(relaxed: relaxed, initial: task.initialFacts)
        let goalLabel = labels[Int(relaxed.goalFact)] ?? []
        let landmarkFacts = goalLabel.filter { $0 != relaxed.goalFact && $0 != relaxed.trueFact }
        var landmarkIndex = [Int32](repeating: -1, count: relaxed.factCount)
        for (index, fact) in landmarkFacts.enumerated() { landmarkIndex[Int(fact)] = Int32(index) }
        var parentStart: [Int32] = [0]
        var parentList: [Int32] = []
        var achieverStart: [Int32] = [0]
        var achieverList: [Int32] = []
        var minimumCost: [Int] = []
        for fact in landmarkFacts {
            for parent in labels[Int(fact)] ?? [] where parent != fact {
                let index = landmarkIndex[Int(parent)]
                if index >= 0 { parentList.append(index) }
            }
            parentStart.append(Int32(parentList.count))
            var cheapest = Int.max
            var seen = Set<Int32>()
            for position in relaxed.achieverRange(Int(fact)) {
                let origin = relaxed.origin[Int(relaxed.achievers[position])]
                if origin >= 0 && seen.insert(origin).inserted {
                    achieverList.append(origin)
                    cheapest = min(cheapest, costs[Int(origin)])
                }
            }
            achieverStart.append(Int32(achieverList.count))
            minimumCost.append(cheapest == Int.max ? 0 : cheapest)
        }
        let goalSet = Set(task.goal.map(\.rawValue))
        facts = landmarkFacts.map { FactID(rawValue: $0) }
        isGoal = landmarkFacts.map { goalSet.contains($0) }
        self.parentStart = parentStart
        self.parentList = parentList
        self.achieverStart = achieverStart
        self.achieverList = achieverList
        self.minimumCost = minimumCost
    }

    /// Zhu–Givan labels: nil for relaxed-unreachable facts, else the sorted fact set.
    ///
    /// Labels are bitsets over facts in one buffer; a FIFO worklist of facts whose label
    /// changed re-evaluates the operators consuming them (first assignments happen in
    /// breadth-first, i.e. relaxed-planning-graph, order).
    private static func propagateLabels(relaxed: RelaxedTask, initial: [FactID]) -> [[Int32]?] {
        let factCount = relaxed.factCount
        let words = (factCount + 63) / 64
        var labels = [UInt64](repeating: 0, count: factCount * words)
        var hasLabel = [Bool](repeating: false, count: factCount)
        var queue: [Int32] = []
        var queued = [Bool](repeating: false, count: factCount)
        for fact in initial {
            labels[fact.index * words + fact.index / 64] |= 1 << UInt64(fact.index % 64)
            hasLabel[fact.index] = true
            queue.append(fact.rawValue)
            queued[fact.index] = true
        }
        hasLabel[Int(relaxed.trueFact)] = true
        queue.append(relaxed.trueFact)
        queued[Int(relaxed.trueFact)] = true
        var scratch = [UInt64](repeating: 0, count: words)
        var head = 0
        labels.withUnsafeMutableBufferPointer { labels in
            scratch.withUnsafeMutableBufferPointer { scratch in
                while head < queue.count {
                    let fact = Int(queue[head])
                    head += 1
                    queued[fact] = false
                    operators: for position in relaxed.consumerRange(fact) {
                        let op = Int(relaxed.consumers[position])
                        for word in 0..<words { scratch[word] = 0 }
                        for prePosition in relaxed.preconditionRange(op) {
                            let pre = Int(relaxed.preconditions[prePosition])
                            guard hasLabel[pre] else { continue operators }
                            let base = pre * words
                            for word in 0..<words { scratch[word] |= labels[base + word] }
                        }
                        for effectPosition in relaxed.effectRange(op) {
                            let effect = Int(relaxed.effects[effectPosition])
                            let base = effect * words
                            let bit: UInt64 = 1 << UInt64(effect % 64)
                            var changed = false
                            if hasLabel[effect] {
                                for word in 0..<words {
                                    var candidate = scratch[word]
                                    if word == effect / 64 { candidate |= bit }
                                    let narrowed = labels[base + word] & candidate
                                    if narrowed != labels[base + word] {
                                        labels[base + word] = narrowed
                                        changed = true
                                    }
                                }
                            } else {
                                for word in 0..<words { labels[base + word] = scratch[word] }
                                labels[base + effect / 64] |= bit
                                hasLabel[effect] = true
                                changed = true
                            }
                            if changed && !queued[effect] {
                                queued[effect] = true
                                queue.append(Int32(effect))
                            }
                        }
                    }
                    if head > 4096 && head * 2 > queue.count {
                        queue.removeFirst(head)
                        head = 0
                    }
                }
            }
        }
        return (0..<factCount).map { fact -> [Int32]? in
            guard hasLabel[fact] else { return nil }
            var members: [Int32] = []
            for word in 0..<words {
                var bits = labels[fact * words + word]
                while bits != 0 {
                    members.append(Int32(word * 64 + bits.trailingZeroBitCount))
                    bits &= bits - 1
                }
            }
            return members
        }
    }
}
