/// An effect that happens only when its condition holds in the state the operator is applied in.
///
/// `when (and c1 … ¬n1 …) (and a1 … ¬d1 …)`: if every fact of `condition` is true and every
/// fact of `negativeCondition` is false *before* the operator is applied, the operator also
/// adds `addEffects` and deletes `deleteEffects` (adds win over deletes, as in PDDL).
public struct ConditionalEffect: Hashable, Sendable {
    /// Facts that must be true before the operator is applied.
    public let condition: [FactID]
    /// Facts that must be false before the operator is applied.
    public let negativeCondition: [FactID]
    /// Facts made true when the condition holds.
    public let addEffects: [FactID]
    /// Facts made false when the condition holds (unless also added).
    public let deleteEffects: [FactID]

    /// Creates a conditional effect; the arrays are stored as given (sorted, without
    /// duplicates is expected but not required).
    public init(
        condition: [FactID], negativeCondition: [FactID] = [],
        addEffects: [FactID], deleteEffects: [FactID]
    ) {
        self.condition = condition
        self.negativeCondition = negativeCondition
        self.addEffects = addEffects
        self.deleteEffects = deleteEffects
    }
}
