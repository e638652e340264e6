/// One named unit of a resource pool (a welder called `ana`, a machine `m2`), with the
/// skills that demands may ask for.
public struct ResourceUnit: Sendable, Hashable, Codable {
    /// The unit's name, unique in its pool.
    public var name: String
    /// The skills a demand may ask for.
    public var skills: [String]

    /// A unit called `name` with `skills`.
    public init(name: String, skills: [String] = []) {
        self.name = name
        self.skills = skills
    }
}
