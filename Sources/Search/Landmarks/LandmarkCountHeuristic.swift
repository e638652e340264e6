public import PlanningTask

/// The landmark-count heuristic of LAMA (Richter & Westphal 2010, "The LAMA planner"): the
/// cost of the landmarks (fact or disjunctive) not yet reached on the path to a state, plus
/// reached goal landmarks that are false again. Which landmarks are reached is path
/// information kept per state as a bitset (`wordCount` words) by the search.
///
/// Preferred operators: achievers of unreached landmarks whose ordered predecessors are all
/// reached. Not admissible.
///
/// - Complexity: O(landmarks + Σ parents) per update and evaluation.
public final class LandmarkCountHeuristic {
    /// The landmarks.
    public let graph: LandmarkGraph
    /// Words of one reached-landmarks bitset.
    public let wordCount: Int
    private var preferred: [Int32] = []

    /// The heuristic for `task` with landmark costs from `costs` (one per operator).
    public convenience init(task: GroundTask, costs: [Int]) {
        self.init(graph: LandmarkGraph(task: task, costs: costs))
    }

    /// The heuristic over precomputed landmarks.
    public init(graph: LandmarkGraph) {
        self.graph = graph
        wordCount = max(1, (graph.count + 63) / 64)
    }

    @inline(__always)
    private static func test(_ bits: UnsafeBufferPointer<UInt64>, _ index: Int) -> Bool {
        bits[index &>> 6] & (1 &<< UInt64(index & 63)) != 0
    }

    /// Whether some fact of `landmark` is true in `state`.
    @inline(__always)
    private func isTrue(_ landmark: Int, in state: UnsafeBufferPointer<UInt64>) -> Bool {
        graph.facts(of: landmark).contains { Self.test(state, $0.index) }
    }

    /// Writes the landmarks reached in the initial state (those true in it) into `reached`.
    public func initialize(
        state: UnsafeBufferPointer<UInt64>, reached: UnsafeMutableBufferPointer<UInt64>
    ) {
        for word in 0..<wordCount { reached[word] = 0 }
        for landmark in 0..<graph.count where isTrue(landmark, in: state) {
            reached[landmark &>> 6] |= 1 &<< UInt64(landmark & 63)
        }
    }

    /// Writes into `reached` the parent's reached set plus every landmark true in `state`
    /// whose predecessors were all reached in the parent.
    public func update(
        parentReached: UnsafeBufferPointer<UInt64>, state: UnsafeBufferPointer<UInt64>,
        reached: UnsafeMutableBufferPointer<UInt64>
    ) {
        for word in 0..<wordCount { reached[word] = parentReached[word] }
        for landmark in 0..<graph.count
        where !Self.test(parentReached, landmark) && isTrue(landmark, in: state)
            && graph.parents(of: landmark).allSatisfy({ Self.test(parentReached, Int($0)) })
        {
            reached[landmark &>> 6] |= 1 &<< UInt64(landmark & 63)
        }
    }

    /// The heuristic value of `state` given its reached landmarks.
    public func evaluate(
        state: UnsafeBufferPointer<UInt64>, reached: UnsafeBufferPointer<UInt64>
    ) -> Int {
        preferred.removeAll(keepingCapacity: true)
        var total = 0
        for landmark in 0..<graph.count {
            if Self.test(reached, landmark) {
                if graph.isGoal[landmark] && !isTrue(landmark, in: state) {
                    total += graph.minimumCost[landmark]
                }
            } else {
                total += graph.minimumCost[landmark]
                if graph.parents(of: landmark).allSatisfy({ Self.test(reached, Int($0)) }) {
                    preferred.append(contentsOf: graph.achievers(of: landmark))
                }
            }
        }
        return total
    }

    /// Calls `mark` with the preferred operators of the state last evaluated.
    public func forEachPreferredOperator(_ mark: (Int32) -> Void) {
        for op in preferred { mark(op) }
    }
}
