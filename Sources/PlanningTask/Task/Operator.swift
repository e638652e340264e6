/// A ground operator: an instantiated PDDL action with its preconditions and effects.
///
/// Semantics (the PDDL ones): the operator is applicable in state `s` iff every fact of
/// `preconditions` is true in `s` and every fact of `negativePreconditions` is false in `s`.
/// Applying it yields `(s \ D) ∪ A`, where `A` is `addEffects` plus the add effects of each
/// conditional effect whose condition holds in `s`, and `D` likewise for deletes: conditions
/// are evaluated in `s`, and a fact both added and deleted ends up true.
///
/// These arrays are the stable interface read by search, heuristics and the partial-order
/// module (causal links): each is sorted by `FactID` and free of duplicates.
public struct Operator: Hashable, Sendable, CustomStringConvertible {
    /// The action's name, e.g. `drive-truck`.
    public let name: String
    /// The objects bound to the action's parameters, in parameter order.
    public let arguments: [String]
    /// Facts that must be true for the operator to apply.
    public let preconditions: [FactID]
    /// Facts that must be false for the operator to apply.
    public let negativePreconditions: [FactID]
    /// Facts the operator always makes true.
    public let addEffects: [FactID]
    /// Facts the operator always makes false (unless also added).
    public let deleteEffects: [FactID]
    /// Effects that depend on the state the operator is applied in.
    public let conditionalEffects: [ConditionalEffect]
    /// The non-negative cost (1 in tasks without action costs).
    public let cost: Int

    /// Creates an operator; the fact arrays are sorted and deduplicated.
    public init(
        name: String, arguments: [String], preconditions: [FactID],
        negativePreconditions: [FactID] = [], addEffects: [FactID], deleteEffects: [FactID],
        conditionalEffects: [ConditionalEffect] = [], cost: Int = 1
    ) {
        self.name = name
        self.arguments = arguments
        self.preconditions = Self.normalized(preconditions)
        self.negativePreconditions = Self.normalized(negativePreconditions)
        self.addEffects = Self.normalized(addEffects)
        self.deleteEffects = Self.normalized(deleteEffects)
        self.conditionalEffects = conditionalEffects
        self.cost = cost
    }

    /// The operator as a line of an IPC plan: `(drive-truck t1 a b c1)`.
    public var description: String {
        arguments.isEmpty ? "(\(name))" : "(\(name) \(arguments.joined(separator: " ")))"
    }

    /// Whether the operator has conditional effects (some heuristics treat them specially).
    public var hasConditionalEffects: Bool { !conditionalEffects.isEmpty }

    private static func normalized(_ facts: [FactID]) -> [FactID] {
        var sorted = facts.sorted()
        var write = 0
        for read in sorted.indices where write == 0 || sorted[read] != sorted[write - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
