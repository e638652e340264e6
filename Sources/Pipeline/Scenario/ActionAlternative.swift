public import PDDL

/// One way an action may run, under `alternatives:` in a scenario: its own duration and
/// resource use (typically other units, e.g. a slower welder). The scheduler picks one per
/// step.
public struct ActionAlternative: Sendable {
    /// A fixed duration or a numeric expression; `nil` takes the defaults' (or, for a
    /// durative action, the domain's).
    public var duration: NumericExpression?
    /// What this alternative holds of each resource while it runs.
    public var uses: [ResourceUse]

    /// An alternative with its own duration (nil for the default) and resource use.
    public init(duration: NumericExpression?, uses: [ResourceUse]) {
        self.duration = duration
        self.uses = uses
    }
}
