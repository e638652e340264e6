/// One named unit of a resource pool (a welder called `ana`, a machine `m2`), with the
/// skills that demands may ask for.
public struct ResourceUnit: Sendable, Hashable, Codable {
    public var name: String
    public var skills: [String]

    public init(name: String, skills: [String] = []) {
        self.name = name
        self.skills = skills
    }
}
