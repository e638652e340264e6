/// A ground atom such as `(at truck1 depot)`: a predicate applied to objects.
public struct Fact: Hashable, Sendable, CustomStringConvertible {
    /// The predicate's name, e.g. `at`.
    public let predicate: String
    /// The objects, in the predicate's parameter order.
    public let arguments: [String]

    /// Creates the atom `(predicate arguments…)`.
    public init(predicate: String, arguments: [String]) {
        self.predicate = predicate
        self.arguments = arguments
    }

    /// The atom in PDDL syntax: `(at truck1 depot)`.
    public var description: String {
        arguments.isEmpty ? "(\(predicate))" : "(\(predicate) \(arguments.joined(separator: " ")))"
    }
}
