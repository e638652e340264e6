public import PlanningTask

/// Lazy best-first search with deferred evaluation and preferred operators, as in LAMA
/// (Richter & Westphal 2010; Richter & Helmert 2009, "Preferred operators and deferred
/// evaluation in satisficing planning").
///
/// Open-list entries are (parent, operator) pairs keyed by the parent's heuristic value; the
/// successor is generated, registered and evaluated only when popped. Queues for hFF and
/// landmark count, each with a preferred-operator twin, are alternated; preferred queues get
/// a boost of 1000 pops whenever a heuristic reaches a new best value. With a `weight`,
/// entries are keyed by g + weight · h (weighted A*, with reopening); without, by h
/// (greedy, no reopening), and a fifth queue takes part in the alternation: type-based
/// exploration over (h, g) (``TypeBasedQueue``), which gets greedy search off plateaus the
/// heuristics misjudge. Successors with g ≥ `costBound` are pruned.
public final class LazySearch {
    /// The configuration of one search.
    public struct Configuration: Sendable {
        /// nil: greedy best-first; otherwise weighted A* with this weight.
        public var weight: Int?
        /// Prune states reached at this g or more (the cost of the best plan so far).
        public var costBound: Int
        /// The limits to honour.
        public var limits: SearchLimits

        /// A configuration.
        public init(weight: Int? = nil, costBound: Int = Int.max, limits: SearchLimits = .none) {
            self.weight = weight
            self.costBound = costBound
            self.limits = limits
        }
    }

    private struct Entry {
        var parent: Int32
        var op: Int32
    }

    private let generator: SuccessorGenerator
    private let ff: FFHeuristic?
    private let landmarks: LandmarkCountHeuristic?
    private let costs: [Int]
    private let configuration: Configuration
    /// The counters of the last `run`.
    public private(set) var statistics = SearchStatistics()

    /// A search on `generator.task` with g-costs `costs`, using hFF and/or landmark count
    /// (at least one).
    public init(
        generator: SuccessorGenerator, ff: FFHeuristic?, landmarks: LandmarkCountHeuristic?,
        costs: [Int], configuration: Configuration
    ) {
        self.generator = generator
        self.ff = ff
        self.landmarks = landmarks
        self.costs = costs
        self.configuration = configuration
    }

    /// Runs the search to a plan, exhaustion or a limit.
    public func run() -> SearchOutcome {
        statistics = SearchStatistics()
        let task = generator.task
        let registry = StateRegistry(layout: generator.layout)
        let wordCount = generator.layout.wordCount
        let landmarkWords = landmarks?.wordCount ?? 0
        var nodes = SearchNodes()
        var reachedLandmarks: [UInt64] = []
        var monitor = LimitMonitor(limits: configuration.limits)
        let queueCount = (ff == nil ? 0 : 2) + (landmarks == nil ? 0 : 2)
        var queues = [BucketQueue<Entry>](repeating: BucketQueue(), count: queueCount)
        let explores = configuration.weight == nil
        var exploration = TypeBasedQueue<Entry>()
        var priorities = [Int](repeating: 0, count: queueCount + (explores ? 1 : 0))
        var bestValues = [Int](repeating: Int.max, count: 2)
        var preferredMark = [Bool](repeating: false, count: task.operatorCount)
        var preferredList: [Int32] = []
        var applicable: [OperatorID] = []
        let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: wordCount)
        let landmarkScratch = UnsafeMutableBufferPointer<UInt64>.allocate(
            capacity: max(1, landmarkWords))
        defer {
            scratch.deallocate()
            landmarkScratch.deallocate()
        }

        task.initialState.words.withUnsafeBufferPointer { initial in
            for word in 0..<wordCount { scratch[word] = initial[word] }
        }
        var entry = Entry(parent: -1, op: -1)
        while true {
            if let limit = monitor.reachedLimit() {
                statistics.registered = registry.count
                return .limitReached(limit)
            }
            var g = 0
            if entry.parent >= 0 {
                let parentState = registry.state(entry.parent)
                generator.apply(OperatorID(rawValue: entry.op), to: parentState, into: scratch)
                g = Int(nodes.g[Int(entry.parent)]) + costs[Int(entry.op)]
            }
            var skip = g >= configuration.costBound
            var id: Int32 = -1
            if !skip {
                let (stateID, inserted) = registry.insert(UnsafeBufferPointer(scratch))
                id = stateID
                if inserted {
                    nodes.append(parent: entry.parent, operator: entry.op, g: g)
                    if let landmarks {
                        let offset = reachedLandmarks.count
                        reachedLandmarks.append(contentsOf: repeatElement(0, count: landmarkWords))
                        reachedLandmarks.withUnsafeMutableBufferPointer { all in
                            let target = UnsafeMutableBufferPointer(
                                rebasing: all[offset..<(offset + landmarkWords)])
                            if entry.parent < 0 {
                                landmarks.initialize(
                                    state: UnsafeBufferPointer(scratch), reached: target)
                            } else {
                                let parentOffset = Int(entry.parent) * landmarkWords
                                for word in 0..<landmarkWords {
                                    landmarkScratch[word] = all[parentOffset + word]
                                }
                                landmarks.update(
                                    parentReached: UnsafeBufferPointer(landmarkScratch),
                                    state: UnsafeBufferPointer(scratch), reached: target)
                            }
                        }
                    }
                } else if configuration.weight != nil && g < Int(nodes.g[Int(id)]) {
                    nodes.update(id, parent: entry.parent, operator: entry.op, g: g)
                    statistics.reopened += 1
                } else {
                    skip = true
                }
            }
            if !skip {
                let state = UnsafeBufferPointer(scratch)
                var deadEnd = false
                var values = (0, 0)
                statistics.evaluated += 1
                if let ff {
                    if let value = ff.evaluate(state) { values.0 = value } else { deadEnd = true }
                }
                if let landmarks, !deadEnd {
                    let offset = Int(id) * landmarkWords
                    values.1 = reachedLandmarks.withUnsafeBufferPointer { all in
                        landmarks.evaluate(
                            state: state,
                            reached: UnsafeBufferPointer(
                                rebasing: all[offset..<(offset + landmarkWords)]))
                    }
                }
                if !deadEnd {
                    if generator.isGoal(state) {
                        statistics.registered = registry.count
                        return .solved(nodes.plan(to: id))
                    }
                    statistics.expanded += 1
                    var progress = false
                    if ff != nil && values.0 < bestValues[0] {
                        bestValues[0] = values.0; progress = true
                    }
                    if landmarks != nil && values.1 < bestValues[1] {
                        bestValues[1] = values.1; progress = true
                    }
                    if progress && statistics.expanded > 1 {
                        for queue in stride(from: 1, to: queueCount, by: 2) {
                            priorities[queue] -= 1000
                        }
                    }
                    ff?.forEachPreferredOperator { op in
                        if !preferredMark[Int(op)] {
                            preferredMark[Int(op)] = true; preferredList.append(op)
                        }
                    }
                    landmarks?.forEachPreferredOperator { op in
                        if !preferredMark[Int(op)] {
                            preferredMark[Int(op)] = true; preferredList.append(op)
                        }
                    }
                    applicable.removeAll(keepingCapacity: true)
                    generator.applicableOperators(in: state, into: &applicable)
                    let heuristicKeys = [
                        ff == nil ? nil : values.0, landmarks == nil ? nil : values.1,
                    ]
                    .compactMap { $0 }
                    for op in applicable {
                        let childG = g + costs[op.index]
                        if childG >= configuration.costBound { continue }
                        statistics.generated += 1
                        let child = Entry(parent: id, op: op.rawValue)
                        let isPreferred = preferredMark[op.index]
                        for (heuristic, h) in heuristicKeys.enumerated() {
                            let key = configuration.weight.map { childG + $0 * h } ?? h
                            queues[2 * heuristic].push(child, key: key)
                            if isPreferred { queues[2 * heuristic + 1].push(child, key: key) }
                        }
                        if explores { exploration.push(child, type: heuristicKeys[0], childG) }
                    }
                    for op in preferredList { preferredMark[Int(op)] = false }
                    preferredList.removeAll(keepingCapacity: true)
                }
            }
            var chosen = -1
            for queue in 0..<queueCount where !queues[queue].isEmpty {
                if chosen < 0 || priorities[queue] < priorities[chosen] { chosen = queue }
            }
            if explores, !exploration.isEmpty,
                chosen < 0 || priorities[queueCount] < priorities[chosen]
            {
                chosen = queueCount
            }
            guard chosen >= 0,
                let popped = chosen == queueCount
                    ? exploration.pop() : queues[chosen].pop()?.element
            else {
                statistics.registered = registry.count
                return .unsolvable
            }
            priorities[chosen] += 1
            entry = popped
        }
    }
}
