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
        let relaxed = RelaxedTask(task: task, costs: costs)
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
    private static func propagateLabels(relaxed: RelaxedTask, initial: [FactID]) -> [[Int32]?] {
        var labels = [[Int32]?](repeating: nil, count: relaxed.factCount)
        var queue: [Int32] = []
        var queued = [Bool](repeating: false, count: relaxed.factCount)
        for fact in initial {
            labels[fact.index] = [fact.rawValue]
            queue.append(fact.rawValue)
            queued[fact.index] = true
        }
        labels[Int(relaxed.trueFact)] = []
        queue.append(relaxed.trueFact)
        queued[Int(relaxed.trueFact)] = true
        var head = 0
        var operatorLabel: [Int32] = []
        var merged: [Int32] = []
        while head < queue.count {
            let fact = Int(queue[head])
            head += 1
            queued[fact] = false
            if head > 4096 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            operators: for position in relaxed.consumerRange(fact) {
                let op = Int(relaxed.consumers[position])
                operatorLabel.removeAll(keepingCapacity: true)
                for prePosition in relaxed.preconditionRange(op) {
                    guard let label = labels[Int(relaxed.preconditions[prePosition])] else {
                        continue operators
                    }
                    union(operatorLabel, label, into: &merged)
                    swap(&operatorLabel, &merged)
                }
                for effectPosition in relaxed.effectRange(op) {
                    let effect = relaxed.effects[effectPosition]
                    union(operatorLabel, [effect], into: &merged)
                    let changed: Bool
                    if let old = labels[Int(effect)] {
                        let narrowed = intersection(old, merged)
                        changed = narrowed.count != old.count
                        if changed { labels[Int(effect)] = narrowed }
                    } else {
                        labels[Int(effect)] = merged
                        changed = true
                    }
                    if changed && !queued[Int(effect)] {
                        queued[Int(effect)] = true
                        queue.append(effect)
                    }
                }
            }
        }
        return labels
    }

    private static func union(_ a: [Int32], _ b: [Int32], into result: inout [Int32]) {
        result.removeAll(keepingCapacity: true)
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                result.append(a[i]); i += 1
            } else if b[j] < a[i] {
                result.append(b[j]); j += 1
            } else {
                result.append(a[i]); i += 1; j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
    }

    private static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                result.append(a[i]); i += 1; j += 1
            }
        }
        return result
    }
}
