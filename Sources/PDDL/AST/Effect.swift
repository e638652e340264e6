public import SourceText

/// An action effect: literals, numeric updates, conditional and universal effects.
public struct Effect: Sendable, Hashable {
    /// The root of the effect.
    public indirect enum Kind: Sendable, Hashable {
        /// `(and e…)`.
        case and([Effect])
        /// `(forall (vars) e)`; the variables take scope indices `firstVariable…`.
        case forall(firstVariable: Int, variables: [TypedVariable], body: Effect)
        /// `(when condition e)`.
        case when(Formula, Effect)
        /// An atom made true.
        case add(Atom)
        /// `(not atom)`: an atom made false.
        case delete(Atom)
        /// `(increase (total-cost) 5)` and the other numeric updates.
        case numeric(NumericEffectOperator, FunctionTerm, NumericExpression)
    }

    /// The root of the effect.
    public var kind: Kind
    /// Where the effect starts.
    @Provenance public var location: SourceLocation

    /// Creates an effect.
    public init(_ kind: Kind, location: SourceLocation = .unknown) {
        self.kind = kind
        self.location = location
    }
}
