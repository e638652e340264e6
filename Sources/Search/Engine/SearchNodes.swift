import PlanningTask

/// The per-state search data, struct-of-arrays indexed by registry id: 12 bytes a state
/// (parent, creating operator, g).
struct SearchNodes {
    private(set) var parent: [Int32] = []
    private(set) var creatingOperator: [Int32] = []
    var g: [Int32] = []

    /// Appends the node of a newly registered state (ids are dense, so it lands at `id`).
    mutating func append(parent: Int32, operator op: Int32, g: Int) {
        self.parent.append(parent)
        creatingOperator.append(op)
        self.g.append(Int32(clamping: g))
    }

    /// Reattaches state `id` below `parent` through `op` at cost `g`.
    mutating func update(_ id: Int32, parent: Int32, operator op: Int32, g: Int) {
        self.parent[Int(id)] = parent
        creatingOperator[Int(id)] = op
        self.g[Int(id)] = Int32(clamping: g)
    }

    /// The operators on the path from the initial state to state `id`.
    func plan(to id: Int32) -> SequentialPlan {
        var steps: [OperatorID] = []
        var current = id
        while parent[Int(current)] >= 0 {
            steps.append(OperatorID(rawValue: creatingOperator[Int(current)]))
            current = parent[Int(current)]
        }
        return SequentialPlan(operators: steps.reversed())
    }
}
