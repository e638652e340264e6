/// An argument of an atom or function term, resolved to a dense index.
public enum Term: Sendable, Hashable {
    /// A variable: its index in the scope (action or rule parameters first, then the variables
    /// of enclosing quantifiers, outermost first).
    case variable(Int)
    /// A domain constant: its index in ``Domain/constants``.
    case constant(Int)
    /// A problem object: its index in ``Problem/objects``.
    case object(Int)
}
