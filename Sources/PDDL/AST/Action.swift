public import SourceText

/// An instantaneous action schema (`:action`).
public struct Action: Sendable, Hashable {
    /// The name, lowercased.
    public var name: String
    /// The parameters; their scope indices are 0, 1, ….
    public var parameters: [TypedVariable]
    /// The precondition (``Formula/truth`` when absent).
    public var precondition: Formula
    /// The effect.
    public var effect: Effect
    /// Where the action is declared.
    @Provenance public var location: SourceLocation

    /// Creates an action.
    public init(
        name: String, parameters: [TypedVariable], precondition: Formula, effect: Effect,
        location: SourceLocation = .unknown
    ) {
        self.name = name
        self.parameters = parameters
        self.precondition = precondition
        self.effect = effect
        self.location = location
    }
}
