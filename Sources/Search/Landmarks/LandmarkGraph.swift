public import PlanningTask

/// Landmarks of a task with their orderings: fact landmarks found by label propagation over
/// the delete relaxation (Zhu & Givan 2003, "Landmark extraction via planning graph
/// propagation"), where the label of a fact is the set of facts every relaxed plan reaching
/// it must achieve first and the goal's label holds the landmarks; plus disjunctive
/// landmarks as in Richter, Helmert & Westphal 2008 ("Landmarks revisited"), here for goals
/// only (wider use made depot much worse): when every first achiever of a goal has a
/// precondition of the same predicate, one of those
/// preconditions must become true first (at most `maximumDisjunction` facts).
///
/// `parents(of:)` lists the landmarks ordered before a landmark: transitive natural
/// orderings from labels, a disjunctive landmark before the landmark it was found for, and,
/// given mutexes, reasonable orderings before goals (`addReasonableOrderings`).
///
/// - Complexity: O(propagation rounds · Σ|pre| · facts / 64) for the labels; linear in the
///   achievers' preconditions for the disjunctions.
public struct LandmarkGraph: Sendable {
    /// The largest disjunctive landmark kept.
    public static let maximumDisjunction = 8

    private let memberStart: [Int32]
    private let memberList: [FactID]
    /// Whether each landmark is a goal fact.
    public let isGoal: [Bool]
    private let parentStart: [Int32]
    private let parentList: [Int32]
    private let achieverStart: [Int32]
    private let achieverList: [Int32]
    /// The cheapest achiever cost of each landmark under the costs given to `init`.
    public let minimumCost: [Int]

    /// The number of landmarks.
    public var count: Int { isGoal.count }

    /// The facts of landmark `landmark`: one for a fact landmark, several for a disjunctive
    /// one (at least one of them must become true).
    public func facts(of landmark: Int) -> ArraySlice<FactID> {
        memberList[Int(memberStart[landmark])..<Int(memberStart[landmark + 1])]
    }

    /// The facts of the fact (non-disjunctive) landmarks.
    public var factLandmarks: [FactID] {
        (0..<count).compactMap { landmark in
            let members = facts(of: landmark)
            return members.count == 1 ? members.first : nil
        }
    }

    /// The fact landmark of `fact`, if `fact` is one.
    public func landmark(of fact: FactID) -> Int? {
        (0..<count).first { facts(of: $0) == [fact] }
    }

    /// The landmarks ordered before landmark `landmark`.
    public func parents(of landmark: Int) -> ArraySlice<Int32> {
        parentList[Int(parentStart[landmark])..<Int(parentStart[landmark + 1])]
    }

    /// The task operators adding a fact of landmark `landmark` (unconditionally or
    /// conditionally).
    public func achievers(of landmark: Int) -> ArraySlice<Int32> {
        achieverList[Int(achieverStart[landmark])..<Int(achieverStart[landmark + 1])]
    }

    /// Computes the landmarks of `task` from its initial state, with achiever costs `costs`.
    public init(task: GroundTask, costs: [Int]) {
        self.init(
            task: task, relaxed: RelaxedTask(task: task, costs: costs), costs: costs,
            mutexes: MutexTable(task: task))
    }

    /// Computes the landmarks over an existing relaxation of `task` built with `costs`;
    /// reasonable orderings need `mutexes`.
    public init(task: GroundTask, relaxed: RelaxedTask, costs: [Int], mutexes: MutexTable?) {
        let labels = Self.propagateLabels(relaxed: relaxed, initial: task.initialFacts)
        let goalLabel = labels[Int(relaxed.goalFact)] ?? []
        let factLandmarks = goalLabel.filter { $0 != relaxed.goalFact && $0 != relaxed.trueFact }
        var landmarkIndex = [Int32](repeating: -1, count: relaxed.factCount)
        for (index, fact) in factLandmarks.enumerated() { landmarkIndex[Int(fact)] = Int32(index) }
        var members: [[Int32]] = factLandmarks.map { [$0] }
        var parents: [[Int32]] = factLandmarks.map { fact in
            (labels[Int(fact)] ?? []).compactMap { parent in
                parent != fact && landmarkIndex[Int(parent)] >= 0 ? landmarkIndex[Int(parent)] : nil
            }
        }
        let disjunctions = Self.disjunctiveLandmarks(
            task: task, relaxed: relaxed, labels: labels, factLandmarks: factLandmarks,
            isFactLandmark: { landmarkIndex[Int($0)] >= 0 })
        var disjunctionIndex: [[Int32]: Int32] = [:]
        for (landmark, disjunction) in disjunctions {
            let index: Int32
            if let existing = disjunctionIndex[disjunction] {
                index = existing
            } else {
                index = Int32(members.count)
                disjunctionIndex[disjunction] = index
                members.append(disjunction)
                parents.append([])
            }
            parents[Int(landmark)].append(index)
        }
        if let mutexes {
            Self.addReasonableOrderings(
                task: task, relaxed: relaxed, mutexes: mutexes, factLandmarks: factLandmarks,
                parents: &parents)
        }

        var memberStart: [Int32] = [0]
        var memberList: [FactID] = []
        var parentStart: [Int32] = [0]
        var parentList: [Int32] = []
        var achieverStart: [Int32] = [0]
        var achieverList: [Int32] = []
        var minimumCost: [Int] = []
        for (landmark, facts) in members.enumerated() {
            memberList.append(contentsOf: facts.map { FactID(rawValue: $0) })
            memberStart.append(Int32(memberList.count))
            parentList.append(contentsOf: parents[landmark])
            parentStart.append(Int32(parentList.count))
            var cheapest = Int.max
            var seen = Set<Int32>()
            for fact in facts {
                for position in relaxed.achieverRange(Int(fact)) {
                    let origin = relaxed.origin[Int(relaxed.achievers[position])]
                    if origin >= 0 && seen.insert(origin).inserted {
                        achieverList.append(origin)
                        cheapest = min(cheapest, costs[Int(origin)])
                    }
                }
            }
            achieverStart.append(Int32(achieverList.count))
            minimumCost.append(cheapest == Int.max ? 0 : cheapest)
        }
        let goalSet = Set(task.goal.map(\.rawValue))
        isGoal = members.map { $0.count == 1 && goalSet.contains($0[0]) }
        self.memberStart = memberStart
        self.memberList = memberList
        self.parentStart = parentStart
        self.parentList = parentList
        self.achieverStart = achieverStart
        self.achieverList = achieverList
        self.minimumCost = minimumCost
    }

    /// For each goal false initially: the preconditions of one predicate shared by
    /// all its first achievers (relaxed operators adding it whose preconditions do not need it
    /// first), when there are 2…`maximumDisjunction` of them, none true initially and none a
    /// fact landmark. Returns (fact landmark index, sorted facts) pairs.
    private static func disjunctiveLandmarks(
        task: GroundTask, relaxed: RelaxedTask, labels: [[Int32]?], factLandmarks: [Int32],
        isFactLandmark: (Int32) -> Bool
    ) -> [(Int32, [Int32])] {
        let initial = Set(task.initialFacts.map(\.rawValue))
        let taskFacts = Int32(task.factCount)
        var result: [(Int32, [Int32])] = []
        let goals = Set(task.goal.map(\.rawValue))
        for (landmark, fact) in factLandmarks.enumerated()
        where goals.contains(fact) && !initial.contains(fact) {
            var shared: [String: Set<Int32>]? = nil
            for position in relaxed.achieverRange(Int(fact)) {
                let op = Int(relaxed.achievers[position])
                var byPredicate: [String: Set<Int32>] = [:]
                var isFirstAchiever = true
                for prePosition in relaxed.preconditionRange(op) {
                    let pre = relaxed.preconditions[prePosition]
                    guard let label = labels[Int(pre)] else {
                        isFirstAchiever = false
                        break
                    }
                    if label.contains(fact) { isFirstAchiever = false; break }
                    if pre < taskFacts {
                        byPredicate[task.facts[Int(pre)].predicate, default: []].insert(pre)
                    }
                }
                guard isFirstAchiever else { continue }
                if let current = shared {
                    var merged: [String: Set<Int32>] = [:]
                    for (predicate, facts) in current {
                        if let more = byPredicate[predicate] {
                            merged[predicate] = facts.union(more)
                        }
                    }
                    shared = merged
                } else {
                    shared = byPredicate
                }
                if shared?.isEmpty == true { break }
            }
            for (_, facts) in shared ?? [:]
            where facts.count >= 2 && facts.count <= maximumDisjunction
                && !facts.contains(where: { initial.contains($0) || isFactLandmark($0) })
            {
                result.append((Int32(landmark), facts.sorted()))
            }
        }
        return result
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
