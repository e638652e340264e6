/// What a schedule is judged by; every objective is minimised.
public enum ScheduleObjective: String, Sendable, Hashable, Codable, CaseIterable {
    /// The latest finish of any activity.
    case makespan
    /// Σ weight · max(0, finish − due date) over activities with a due date.
    case totalWeightedTardiness = "total-weighted-tardiness"
    /// Σ unit cost · demand (· duration, for renewable resources) over the chosen modes.
    case resourceCost = "resource-cost"
}
