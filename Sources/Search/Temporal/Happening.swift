import PlanningTask

/// One happening of a temporal plan, as the search and the re-timing see it: the start or the
/// end of an operator, or a timed initial literal, with the facts it reads and changes.
struct Happening {
    /// What happens: the start or end of the operator with that index, or the timed
    /// literal with that index.
    enum Kind {
        case start(Int)
        case end(Int)
        case literal(Int)
    }

    /// Facts it needs (its conditions and, for a start or end, the operator's invariant).
    var reads: [FactID]
    var adds: [FactID]
    var deletes: [FactID]

    init(_ kind: Kind, in task: TemporalTask) {
        switch kind {
        case .start(let index):
            let op = task.operators[index]
            reads = op.startConditions + op.invariant
            adds = op.startAdds
            deletes = op.startDeletes
        case .end(let index):
            let op = task.operators[index]
            reads = op.endConditions + op.invariant
            adds = op.endAdds
            deletes = op.endDeletes
        case .literal(let index):
            let literal = task.timedLiterals[index]
            reads = []
            adds = literal.isAdd ? [literal.fact] : []
            deletes = literal.isAdd ? [] : [literal.fact]
        }
    }

    /// Whether the two cannot happen at one time (PDDL 2.1 mutex): one deletes what the other
    /// reads, adds or deletes, or adds what the other reads or deletes.
    func interferes(with other: Happening) -> Bool {
        Self.writes(self, against: other) || Self.writes(other, against: self)
    }

    private static func writes(_ writer: Happening, against other: Happening) -> Bool {
        writer.deletes.contains {
            other.reads.contains($0) || other.adds.contains($0) || other.deletes.contains($0)
        } || writer.adds.contains { other.reads.contains($0) || other.deletes.contains($0) }
    }
}
