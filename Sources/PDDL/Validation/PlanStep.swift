public import SourceText

/// One step of a plan: an action name with object arguments, and for temporal plans its
/// start time and duration.
public struct PlanStep: Sendable, Hashable {
    /// The action's name.
    public var actionName: String
    /// The objects, by name.
    public var arguments: [String]
    /// The start time (temporal plans), nil for sequential plans.
    public var time: Double?
    /// The duration (durative actions in temporal plans).
    public var duration: Double?
    /// Where the step is written in its plan file (unknown for plans built in code).
    @Provenance public var location: SourceLocation

    /// Creates a step.
    public init(
        actionName: String, arguments: [String], time: Double? = nil, duration: Double? = nil,
        location: SourceLocation = .unknown
    ) {
        self.actionName = actionName
        self.arguments = arguments
        self.time = time
        self.duration = duration
        self.location = location
    }

    /// `(name a b)`.
    public var actionText: String {
        "(" + ([actionName] + arguments).joined(separator: " ") + ")"
    }
}
