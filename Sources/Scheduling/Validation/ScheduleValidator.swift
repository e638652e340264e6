/// Checks a schedule against every constraint of its problem: mode indices, release dates,
/// deadlines, every precedence with its lags, renewable capacities at every time and
/// non-renewable budgets.
///
/// Runs in O(n log n · K + P) for n activities, K resources and P precedences: renewable
/// usage is checked at every start event of a sweep over the sorted start and finish times.
public enum ScheduleValidator {
    /// Every violated constraint of `schedule`, in words; empty when the schedule is valid.
    public static func violations(of schedule: Schedule, in problem: SchedulingProblem) -> [String] {
        let count = problem.activities.count
        guard schedule.modes.count == count, schedule.starts.count == count else {
            return ["the schedule has \(schedule.starts.count) start times for \(count) activities"]
        }
        let unknownModes = problem.activities.indices.filter {
            !problem.activities[$0].modes.indices.contains(schedule.modes[$0])
        }
        guard unknownModes.isEmpty else {
            return unknownModes.map {
                "activity \(problem.activities[$0].name) has no mode \(schedule.modes[$0] + 1)"
            }
        }
        var problems: [String] = []
        for (index, activity) in problem.activities.enumerated() {
            if schedule.starts[index] < activity.releaseDate {
                problems.append(
                    "activity \(activity.name) starts at \(schedule.starts[index]) before its release date \(activity.releaseDate)"
                )
            }
            if let deadline = activity.deadline, schedule.finish(of: index, in: problem) > deadline {
                problems.append(
                    "activity \(activity.name) finishes at \(schedule.finish(of: index, in: problem)) after its deadline \(deadline)"
                )
            }
        }
        for precedence in problem.precedences {
            let finish = schedule.finish(of: precedence.predecessor, in: problem)
            let start = schedule.starts[precedence.successor]
            let names =
                "\(problem.activities[precedence.predecessor].name) → \(problem.activities[precedence.successor].name)"
            if start < finish + precedence.minimumLag {
                problems.append(
                    "precedence \(names): start \(start) is before finish \(finish) + minimum lag \(precedence.minimumLag)"
                )
            }
            if let maximumLag = precedence.maximumLag, start > finish + maximumLag {
                problems.append(
                    "precedence \(names): start \(start) is after finish \(finish) + maximum lag \(maximumLag)"
                )
            }
        }
        problems += capacityViolations(of: schedule, in: problem)
        return problems
    }

    private static func capacityViolations(
        of schedule: Schedule, in problem: SchedulingProblem
    ) -> [String] {
        var problems: [String] = []
        // Events (time, activity, +1 start / −1 finish); finishes sort before starts at equal
        // times because an activity occupies [start, finish).
        var events: [(time: Int, delta: Int, activity: Int)] = []
        for index in problem.activities.indices
        where problem.activities[index].modes[schedule.modes[index]].duration > 0 {
            events.append((schedule.starts[index], 1, index))
            events.append((schedule.finish(of: index, in: problem), -1, index))
        }
        events.sort { ($0.time, $0.delta) < ($1.time, $1.delta) }
        for (resourceIndex, resource) in problem.resources.enumerated() {
            if resource.kind == .nonRenewable {
                let total = problem.activities.indices.reduce(0) {
                    $0 + problem.activities[$1].modes[schedule.modes[$1]].demands[resourceIndex]
                }
                if total > resource.capacity {
                    problems.append(
                        "resource \(resource.name): total demand \(total) exceeds the budget \(resource.capacity)"
                    )
                }
                continue
            }
            var usage = 0
            for event in events {
                let demand =
                    problem.activities[event.activity].modes[schedule.modes[event.activity]]
                    .demands[resourceIndex]
                usage += event.delta * demand
                if event.delta > 0, usage > resource.capacity {
                    problems.append(
                        "resource \(resource.name): usage \(usage) exceeds capacity \(resource.capacity) at time \(event.time)"
                    )
                    break
                }
            }
        }
        return problems
    }
}
