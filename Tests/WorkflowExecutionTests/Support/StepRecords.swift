import Foundation
import Workflow

/// The start and end records the steps wrote themselves, and the checks made on them.
struct StepRecords {
    /// One run of one step: when its process recorded its start and its end.
    struct Interval {
        var start: Double
        var end: Double?
    }

    /// Every run of each step id, in the order the starts were written.
    private(set) var runs: [String: [Interval]] = [:]

    /// Reads the record file (lines `S id time` and `E id time`).
    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let time = Double(fields[2]) else { continue }
            let id = String(fields[1])
            if fields[0] == "S" {
                runs[id, default: []].append(Interval(start: time, end: nil))
            } else if fields[0] == "E", let open = runs[id]?.lastIndex(where: { $0.end == nil }) {
                runs[id]?[open].end = time
            }
        }
    }

    /// How many times step `id` started.
    func count(_ id: String) -> Int { runs[id]?.count ?? 0 }

    /// Problems with a clean run of `document`: each step started and ended exactly once,
    /// no step started before all its predecessors ended, no resource was over capacity, no
    /// named unit served two steps at once and no more than `jobs` steps ran at any moment.
    /// Empty when all holds.
    func violations(of document: WorkflowDocument, jobs: Int) -> [String] {
        var problems: [String] = []
        var intervals: [String: Interval] = [:]
        for step in document.steps {
            guard let list = runs[step.id], list.count == 1, let only = list.first, only.end != nil
            else {
                problems.append(
                    "\(step.id) ran \(runs[step.id]?.count ?? 0) times (or did not end)")
                continue
            }
            intervals[step.id] = only
        }
        for step in document.steps {
            guard let interval = intervals[step.id] else { continue }
            for predecessor in step.after {
                if let before = intervals[predecessor]?.end, interval.start < before {
                    problems.append("\(step.id) started before \(predecessor) ended")
                }
            }
        }
        problems += overlapViolations(of: document, intervals: intervals, jobs: jobs)
        return problems
    }

    /// Sweeps over start and end events (ends first at equal times) and reports every moment
    /// a resource or the job limit was exceeded.
    private func overlapViolations(
        of document: WorkflowDocument, intervals: [String: Interval], jobs: Int
    ) -> [String] {
        var events: [(time: Double, isStart: Bool, step: WorkflowStep)] = []
        for step in document.steps {
            guard let interval = intervals[step.id], let end = interval.end else { continue }
            events.append((interval.start, true, step))
            events.append((end, false, step))
        }
        events.sort { $0.time != $1.time ? $0.time < $1.time : !$0.isStart && $1.isStart }
        var inUse: [String: Int] = [:]
        var heldUnits: Set<String> = []
        var runningCount = 0
        var problems: [String] = []
        for event in events {
            let sign = event.isStart ? 1 : -1
            runningCount += sign
            if runningCount > jobs {
                problems.append("\(runningCount) steps running at \(event.time) (--jobs \(jobs))")
            }
            for (resource, names) in event.step.units {
                for name in names.map({ "\(resource)/\($0)" }) {
                    if !event.isStart {
                        heldUnits.remove(name)
                    } else if !heldUnits.insert(name).inserted {
                        problems.append("\(name) already busy when \(event.step.id) started")
                    }
                }
            }
            for (resource, units) in event.step.uses {
                inUse[resource, default: 0] += sign * units
                if let capacity = document.resources[resource],
                    inUse[resource, default: 0] > capacity
                {
                    problems.append(
                        "\(resource) at \(inUse[resource, default: 0]) > \(capacity) when \(event.step.id) started"
                    )
                }
            }
        }
        return problems
    }
}
