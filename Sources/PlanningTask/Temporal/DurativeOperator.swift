/// A ground durative action split into its start and end (snap actions; Long & Fox 2003,
/// "Exploiting a graphplan framework in temporal planning"), or an instantaneous action of a
/// temporal domain, which has a start only.
///
/// The start happens when ``startConditions`` hold and applies the start effects; from then
/// until the end ``invariant`` must hold; the end happens ``duration`` later, when
/// ``endConditions`` hold, and applies the end effects. Fact arrays are sorted.
public struct DurativeOperator: Hashable, Sendable {
    /// The action's name and arguments, as in a plan.
    public let name: String
    /// The objects bound to the parameters.
    public let arguments: [String]
    /// The duration; nil for an instantaneous action.
    public let duration: Double?
    /// `at start` conditions.
    public let startConditions: [FactID]
    /// `over all` conditions.
    public let invariant: [FactID]
    /// `at end` conditions.
    public let endConditions: [FactID]
    /// Facts the start makes true and false (adds win).
    public let startAdds: [FactID]
    /// Facts the start makes false (unless it also adds them).
    public let startDeletes: [FactID]
    /// Facts the end makes true and false (adds win).
    public let endAdds: [FactID]
    /// Facts the end makes false (unless it also adds them).
    public let endDeletes: [FactID]

    /// Creates an operator.
    public init(
        name: String, arguments: [String], duration: Double?, startConditions: [FactID],
        invariant: [FactID], endConditions: [FactID], startAdds: [FactID],
        startDeletes: [FactID], endAdds: [FactID], endDeletes: [FactID]
    ) {
        self.name = name
        self.arguments = arguments
        self.duration = duration
        self.startConditions = startConditions.sorted()
        self.invariant = invariant.sorted()
        self.endConditions = endConditions.sorted()
        self.startAdds = startAdds.sorted()
        self.startDeletes = startDeletes.sorted()
        self.endAdds = endAdds.sorted()
        self.endDeletes = endDeletes.sorted()
    }

    /// The action as a line of a plan: `(name arg1 arg2)`.
    public var description: String {
        arguments.isEmpty ? "(\(name))" : "(\(name) \(arguments.joined(separator: " ")))"
    }
}
