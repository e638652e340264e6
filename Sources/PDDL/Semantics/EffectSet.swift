/// The changes an action instance makes, collected in the state before it.
public struct EffectSet: Sendable, Hashable {
    /// A numeric update with its amount evaluated in the state before.
    public struct NumericUpdate: Sendable, Hashable {
        /// The function changed.
        public var key: State.FunctionKey
        /// How it changes.
        public var operation: NumericEffectOperator
        /// By how much.
        public var amount: Double
    }

    /// Atoms made true.
    public var adds: [GroundAtom] = []
    /// Atoms made false.
    public var deletes: [GroundAtom] = []
    /// Numeric updates.
    public var updates: [NumericUpdate] = []
    /// Function terms read by an update but undefined in the state before.
    public var undefinedReads: [State.FunctionKey] = []

    /// Creates an empty set.
    public init() {}

    /// `state` with the deletes removed, then the adds added (so an atom both added and
    /// deleted ends up true), then the numeric updates applied in order.
    public func applied(to state: State) -> State {
        var next = state
        for atom in deletes { next.atoms.remove(atom) }
        for atom in adds { next.atoms.insert(atom) }
        for update in updates {
            let current = next.values[update.key] ?? 0
            next.values[update.key] = update.operation.apply(to: current, amount: update.amount)
        }
        return next
    }
}
