extension SchedulingProblem {
    /// The units of each resource, by name, that `activity` holds in the mode `schedule`
    /// chose for it; resources it does not use are left out.
    public func resourceUse(of activity: Int, in schedule: Schedule) -> [String: Int] {
        let mode = activities[activity].modes[schedule.modes[activity]]
        var used: [String: Int] = [:]
        for (resource, units) in zip(resources, mode.demands) where units > 0 {
            used[resource.name] = units
        }
        return used
    }
}
