/// A capacity given on the command line that the workflow cannot use.
public struct CapacityOverrideError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with the override.
    public var description: String
}

extension ExecutableWorkflow {
    /// The workflow with some capacities replaced, e.g. from `--resources name=N`.
    ///
    /// Throws when a name is not a resource of the workflow or a capacity is below the
    /// largest demand of a step (that step could never start).
    public func overridingCapacities(_ overrides: [(name: String, capacity: Int)])
        throws(CapacityOverrideError) -> ExecutableWorkflow
    {
        var result = self
        for (name, capacity) in overrides {
            guard let resource = resourceNames.firstIndex(of: name) else {
                let known = resourceNames.isEmpty ? "none" : resourceNames.joined(separator: ", ")
                throw CapacityOverrideError(
                    description: "unknown resource '\(name)' (the workflow's resources: \(known))")
            }
            let largest = (0..<stepCount).map { demand(of: $0, resource: resource) }.max() ?? 0
            guard capacity >= largest else {
                throw CapacityOverrideError(
                    description:
                        "capacity \(capacity) of '\(name)' is below the \(largest) units a step needs"
                )
            }
            result.capacities[resource] = capacity
        }
        return result
    }
}
