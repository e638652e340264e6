/// A ground temporal planning task: the durative operators with their snap actions, the timed
/// initial literals, and beside them ``relaxation``, a classical task over the same facts with
/// one operator per durative operator (same index) that needs all its conditions and has all
/// its effects, for delete-relaxation heuristics.
public struct TemporalTask: Sendable {
    /// The classical compilation; its facts, initial state and goal are the temporal task's.
    public let relaxation: GroundTask
    /// The operators, indexed like ``relaxation``'s.
    public let operators: [DurativeOperator]
    /// The timed initial literals, sorted by time.
    public let timedLiterals: [GroundTimedLiteral]

    /// Creates a task; `operators` must be as many as `relaxation`'s.
    public init(
        relaxation: GroundTask, operators: [DurativeOperator],
        timedLiterals: [GroundTimedLiteral]
    ) {
        precondition(relaxation.operatorCount == operators.count)
        self.relaxation = relaxation
        self.operators = operators
        self.timedLiterals = timedLiterals.sorted { $0.time < $1.time }
    }

    /// The facts, the initial state and the goal (positive facts only: negative conditions
    /// are compiled into complement facts).
    public var facts: [Fact] { relaxation.facts }
}

extension TemporalTask {
    /// Whether some action may have to run while another does (required concurrency, Cushing
    /// et al. 2007): a fact that an operator makes true only for its own duration (added at
    /// its start, deleted at its end) is an `over all` or `at end` condition of another.
    /// The classical compilation cannot plan such tasks, so the planner skips it.
    public var mayNeedConcurrency: Bool {
        var temporary = Set<FactID>()
        for op in operators {
            let ends = Set(op.endDeletes)
            temporary.formUnion(op.startAdds.filter(ends.contains))
        }
        guard !temporary.isEmpty else { return false }
        return operators.contains { op in
            op.invariant.contains(where: temporary.contains)
                || op.endConditions.contains(where: temporary.contains)
        }
    }
}
