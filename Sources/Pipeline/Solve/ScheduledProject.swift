import Scheduling

/// A plan's scheduling project with the schedule the scheduler found for it, checked
/// against every constraint, and the scale of its integer ticks.
struct ScheduledProject {
    /// The project, in ticks of ``timeScale``.
    var project: SchedulingProblem
    /// The scheduler's result: status, bound, allocation of named units.
    var result: ScheduleResult
    /// The checked schedule of ``result``.
    var schedule: Schedule
    /// How the project's ticks convert to the scenario's time unit.
    var timeScale: TimeScale
}
