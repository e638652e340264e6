public import SourceText

/// A condition: a precondition, goal, effect condition or derived-predicate body.
///
/// Nesting is bounded by ``Parser/maximumNesting`` when parsed, so the recursive algorithms
/// over formulas (evaluation, printing, equality) cannot overflow the stack.
public struct Formula: Sendable, Hashable {
    /// The connective or atom at the root.
    public indirect enum Kind: Sendable, Hashable {
        /// A predicate atom.
        case atom(Atom)
        /// `(= t1 t2)` between objects.
        case equality(Term, Term)
        /// `(not f)`.
        case not(Formula)
        /// `(and f…)`; `(and)` is true.
        case and([Formula])
        /// `(or f…)`; `(or)` is false.
        case or([Formula])
        /// `(imply f g)`.
        case imply(Formula, Formula)
        /// `(exists (vars) f)`; the variables take scope indices `firstVariable…`.
        case exists(firstVariable: Int, variables: [TypedVariable], body: Formula)
        /// `(forall (vars) f)`; the variables take scope indices `firstVariable…`.
        case forall(firstVariable: Int, variables: [TypedVariable], body: Formula)
        /// A numeric comparison `(< e1 e2)`, `(<= …)`, `(= …)`, `(>= …)`, `(> …)`.
        case comparison(ComparisonOperator, NumericExpression, NumericExpression)
    }

    /// The connective or atom at the root.
    public var kind: Kind
    /// Where the formula starts.
    @Provenance public var location: SourceLocation

    /// Creates a formula.
    public init(_ kind: Kind, location: SourceLocation = .unknown) {
        self.kind = kind
        self.location = location
    }

    /// The formula that always holds, `(and)`.
    public static let truth = Formula(.and([]))
}
