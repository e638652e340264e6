extension WorkflowStep {
    /// The environment variables that tell the step its units: `WERK_UNIT_<RESOURCE>` (the
    /// resource name in upper case) set to the unit names, separated by single spaces.
    public var unitEnvironment: [String: String] {
        Dictionary(
            uniqueKeysWithValues: units.map { resource, names in
                ("WERK_UNIT_" + resource.uppercased(), names.joined(separator: " "))
            })
    }
}
