public import SourceText

/// A durative action schema (`:durative-action`, PDDL 2.1).
public struct DurativeAction: Sendable, Hashable {
    /// A constraint on `?duration`, such as `(= ?duration (flight-time ?a ?b))`.
    public struct DurationConstraint: Sendable, Hashable {
        /// `at start`/`at end` when the constraint is timed (rare), nil otherwise.
        public var time: TimeSpecifier?
        /// How `?duration` compares to ``value``.
        public var comparison: ComparisonOperator
        /// The bound.
        public var value: NumericExpression
        /// Where it is written.
        @Provenance public var location: SourceLocation

        /// Creates a constraint.
        public init(
            time: TimeSpecifier?, comparison: ComparisonOperator, value: NumericExpression,
            location: SourceLocation = .unknown
        ) {
            self.time = time
            self.comparison = comparison
            self.value = value
            self.location = location
        }
    }

    /// A condition with its time.
    public struct TimedCondition: Sendable, Hashable {
        /// When it must hold.
        public var time: TimeSpecifier
        /// What must hold.
        public var formula: Formula

        /// Creates a timed condition.
        public init(time: TimeSpecifier, formula: Formula) {
            self.time = time
            self.formula = formula
        }
    }

    /// An effect with its time (`at start` or `at end`).
    public struct TimedEffect: Sendable, Hashable {
        /// When it happens.
        public var time: TimeSpecifier
        /// What happens.
        public var effect: Effect

        /// Creates a timed effect.
        public init(time: TimeSpecifier, effect: Effect) {
            self.time = time
            self.effect = effect
        }
    }

    /// The name, lowercased.
    public var name: String
    /// The parameters; their scope indices are 0, 1, ….
    public var parameters: [TypedVariable]
    /// The constraints of `:duration` (all must hold).
    public var durationConstraints: [DurationConstraint]
    /// The conditions of `:condition`, in the order written.
    public var conditions: [TimedCondition]
    /// The effects of `:effect`, in the order written.
    public var effects: [TimedEffect]
    /// Where the action is declared.
    @Provenance public var location: SourceLocation

    /// Creates a durative action.
    public init(
        name: String, parameters: [TypedVariable], durationConstraints: [DurationConstraint],
        conditions: [TimedCondition], effects: [TimedEffect], location: SourceLocation = .unknown
    ) {
        self.name = name
        self.parameters = parameters
        self.durationConstraints = durationConstraints
        self.conditions = conditions
        self.effects = effects
        self.location = location
    }
}
