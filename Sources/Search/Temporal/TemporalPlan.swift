public import PlanningTask

/// A temporal plan: operators of a ``TemporalTask`` with start times (an instantaneous
/// operator happens at its start).
public struct TemporalPlan: Hashable, Sendable {
    /// One step: which operator starts when.
    public struct Step: Hashable, Sendable {
        /// The operator's index in the task.
        public var op: Int
        /// Its start time.
        public var start: Double

        /// Creates a step.
        public init(op: Int, start: Double) {
            self.op = op
            self.start = start
        }
    }

    /// The steps, by start time.
    public var steps: [Step]

    /// Creates a plan; the steps are sorted by start time.
    public init(steps: [Step]) {
        self.steps = steps.enumerated()
            .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
            .map(\.element)
    }

    /// The time the last step ends.
    public func makespan(in task: TemporalTask) -> Double {
        steps.map { $0.start + (task.operators[$0.op].duration ?? 0) }.max() ?? 0
    }

    /// The plan in the PDDL 2.1 timed format: `0.000: (action args) [duration]` per line,
    /// then `; makespan = X`.
    public func text(in task: TemporalTask) -> String {
        var text = ""
        for step in steps {
            let op = task.operators[step.op]
            text += Self.format(step.start) + ": " + op.description
            if let duration = op.duration { text += " [" + Self.format(duration) + "]" }
            text += "\n"
        }
        return text + "; makespan = \(Self.format(makespan(in: task)))\n"
    }

    /// A time with three decimals, as IPC plans write them.
    static func format(_ time: Double) -> String {
        let thousandths = Int((max(0, time) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count)
            + fraction
    }
}
