/// The ground atoms and function values a condition or an effect reads; with the effect's
/// writes (an ``EffectSet``) it decides whether two simultaneous happenings interfere.
public struct ReadSet: Sendable, Hashable {
    /// Atoms whose truth is read.
    public var atoms: Set<GroundAtom> = []
    /// Function values read.
    public var values: Set<State.FunctionKey> = []

    /// An empty set.
    public init() {}
}
