import Synchronization

/// The best schedule any search of a parallel portfolio has found, shared so that every
/// search prunes with it (as the incumbent bound of a sequential branch-and-bound would).
///
/// Only schedules that pass ``ScheduleValidator`` are kept, so a search that exhausts its
/// tree while pruning with the shared value has proven that nothing beats the shared
/// schedule: its claim stays sound whichever search found that schedule.
final class SharedIncumbent: Sendable {
    private let problem: SchedulingProblem
    /// The value of the kept schedule, readable without the lock on every few nodes.
    private let bestValue = Atomic<Int>(Int.max)
    private let kept = Mutex<Schedule?>(nil)

    init(problem: SchedulingProblem) {
        self.problem = problem
    }

    /// The objective value of the best schedule so far (`Int.max` before the first).
    var value: Int { bestValue.load(ordering: .relaxed) }

    /// The best schedule so far and its value.
    var best: (schedule: Schedule, value: Int)? {
        kept.withLock { schedule in
            schedule.map { ($0, problem.objectiveValue(of: $0)) }
        }
    }

    /// Keeps `schedule` when it is valid and better than the best so far.
    func offer(_ schedule: Schedule) {
        let value = problem.objectiveValue(of: schedule)
        guard value < self.value, ScheduleValidator.violations(of: schedule, in: problem).isEmpty
        else { return }
        kept.withLock { current in
            guard value < (current.map { problem.objectiveValue(of: $0) } ?? Int.max) else {
                return
            }
            current = schedule
            bestValue.store(value, ordering: .relaxed)
        }
    }
}
