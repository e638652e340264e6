/// A resource that activities use: renewable (a capacity per time unit) or non-renewable
/// (a budget for the whole project).
public struct Resource: Sendable, Hashable, Codable {
    /// Whether the capacity renews every time unit or is consumed once.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Usable up to `capacity` units at every time; freed when an activity ends.
        case renewable
        /// A budget: the demands of the chosen modes of all activities add up to at most
        /// `capacity`.
        case nonRenewable = "nonrenewable"
    }

    /// The name shown to users.
    public var name: String
    /// Renewable or non-renewable.
    public var kind: Kind
    /// Units available per time unit (renewable) or in total (non-renewable).
    public var capacity: Int
    /// Cost of one unit: per unit and time unit for renewable resources, per unit for
    /// non-renewable ones (the ``ScheduleObjective/resourceCost`` objective).
    public var unitCost: Int
    /// The named units of a renewable pool (its capacity is their number); empty for an
    /// anonymous resource.
    public var units: [ResourceUnit]

    /// A resource of `capacity` units, renewable and free of cost unless told otherwise.
    public init(
        name: String, kind: Kind = .renewable, capacity: Int, unitCost: Int = 0,
        units: [ResourceUnit] = []
    ) {
        self.name = name
        self.kind = kind
        self.capacity = capacity
        self.unitCost = unitCost
        self.units = units
    }
}
