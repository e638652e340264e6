public import PlanningTask

/// A* search (Hart, Nilsson & Raphael 1968) with eager evaluation, duplicate detection on
/// packed states and reopening; ties on f are broken towards lower h. With an admissible
/// heuristic the returned plan is optimal.
///
/// - Complexity: O(expansions · (successor generation + evaluation + log open)).
public final class AStarSearch {
    private let generator: SuccessorGenerator
    private let heuristic: any Heuristic
    private let costs: [Int]
    private let limits: SearchLimits
    /// The counters of the last `run`.
    public private(set) var statistics = SearchStatistics()

    /// A* on `generator.task` with g-costs `costs` and `heuristic`.
    public init(
        generator: SuccessorGenerator, heuristic: any Heuristic, costs: [Int],
        limits: SearchLimits = .none
    ) {
        self.generator = generator
        self.heuristic = heuristic
        self.costs = costs
        self.limits = limits
    }

    private static let heuristicBits = 24

    private static func key(f: Int, h: Int) -> Int {
        f << heuristicBits | min(h, 1 << heuristicBits - 1)
    }

    /// Runs A* to an optimal plan (for admissible heuristics), exhaustion or a limit.
    public func run() -> SearchOutcome {
        statistics = SearchStatistics()
        let registry = StateRegistry(layout: generator.layout)
        let wordCount = generator.layout.wordCount
        var nodes = SearchNodes()
        var heuristicValue: [Int32] = []
        var closed: [Bool] = []
        var open = IntegerMinHeap()
        var monitor = LimitMonitor(limits: limits)
        var applicable: [OperatorID] = []
        let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: wordCount)
        let current = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: wordCount)
        defer {
            scratch.deallocate()
            current.deallocate()
        }
        let initial = generator.task.initialState
        let initialID = initial.words.withUnsafeBufferPointer { registry.insert($0).id }
        statistics.evaluated += 1
        guard let initialH = heuristic.evaluate(registry.state(initialID)) else {
            return .unsolvable
        }
        nodes.append(parent: -1, operator: -1, g: 0)
        heuristicValue.append(Int32(clamping: initialH))
        closed.append(false)
        open.push(key: Self.key(f: initialH, h: initialH), value: initialID)

        while let (key, id) = open.pop() {
            if let limit = monitor.reachedLimit() {
                statistics.registered = registry.count
                return .limitReached(limit)
            }
            let g = Int(nodes.g[Int(id)])
            let h = Int(heuristicValue[Int(id)])
            if key != Self.key(f: g + h, h: h) || closed[Int(id)] { continue }
            closed[Int(id)] = true
            registry.copy(id, into: current)
            let state = UnsafeBufferPointer(current)
            if generator.isGoal(state) {
                statistics.registered = registry.count
                return .solved(nodes.plan(to: id))
            }
            statistics.expanded += 1
            applicable.removeAll(keepingCapacity: true)
            generator.applicableOperators(in: state, into: &applicable)
            for op in applicable {
                statistics.generated += 1
                generator.apply(op, to: state, into: scratch)
                let childG = g + costs[op.index]
                let (childID, inserted) = registry.insert(UnsafeBufferPointer(scratch))
                if inserted {
                    nodes.append(parent: id, operator: op.rawValue, g: childG)
                    closed.append(false)
                    statistics.evaluated += 1
                    guard let childH = heuristic.evaluate(UnsafeBufferPointer(scratch)) else {
                        heuristicValue.append(-1)
                        continue
                    }
                    heuristicValue.append(Int32(clamping: childH))
                    open.push(key: Self.key(f: childG + childH, h: childH), value: childID)
                } else if childG < Int(nodes.g[Int(childID)]) && heuristicValue[Int(childID)] >= 0 {
                    nodes.update(childID, parent: id, operator: op.rawValue, g: childG)
                    if closed[Int(childID)] {
                        closed[Int(childID)] = false
                        statistics.reopened += 1
                    }
                    let childH = Int(heuristicValue[Int(childID)])
                    open.push(key: Self.key(f: childG + childH, h: childH), value: childID)
                }
            }
        }
        statistics.registered = registry.count
        return .unsolvable
    }
}
