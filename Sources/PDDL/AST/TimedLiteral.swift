public import SourceText

/// A timed initial literal (`:timed-initial-literals`, PDDL 2.2): `(at 10 (p a))` makes an
/// atom true at a fixed time, `(at 20 (not (p a)))` makes it false.
public struct TimedLiteral: Sendable, Hashable {
    /// When the literal happens, in plan time.
    public var time: Double
    /// The atom it changes.
    public var atom: GroundAtom
    /// True when the atom becomes true, false when it becomes false.
    public var isAdd: Bool
    /// Where it is written.
    @Provenance public var location: SourceLocation

    /// Creates a timed literal.
    public init(time: Double, atom: GroundAtom, isAdd: Bool, location: SourceLocation = .unknown) {
        self.time = time
        self.atom = atom
        self.isAdd = isAdd
        self.location = location
    }
}
