public import Foundation
import PDDL
import PartialOrderPlanning
import PlanningTask
public import Scheduling

extension ScenarioSolution {
    /// The files `werk solve` writes, by name, in the order they are written.
    public func files() throws -> [(name: String, contents: Data)] {
        let timedPlan = scenario.isTemporal ? [("timed-plan.txt", Data(timedPlanText.utf8))] : []
        return [
            ("plan.txt", Data(plan.ipcText(in: task).utf8)),
            ("pop.json", Data(partialOrder.jsonText(in: task).utf8)),
            ("pop.dot", Data(try partialOrder.dotText(in: task).utf8)),
            ("schedule.json", try StepScheduleReport(self).jsonData()),
            ("workflow.json", try workflowJSON()),
            ("gantt.svg", Data(ganttChart.svg().utf8)),
        ] + timedPlan
    }

    /// `workflow.json`: ``workflow`` as pretty-printed JSON with sorted keys.
    public func workflowJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(workflow)
    }

    /// The Gantt chart, each bar labelled with its step id, and the action in full when
    /// the id had to shorten it.
    public var ganttChart: GanttChart {
        let labels = steps.map { step in
            let action = ([step.action.actionName] + step.action.arguments).joined(separator: " ")
            return step.id.hasSuffix("-" + StepIDs.slug(action, limit: .max))
                ? step.id : "\(step.id) \(action)"
        }
        return GanttChart(
            problem: project, schedule: schedule, labels: labels, allocation: result.allocation)
    }

    /// The schedule as a PDDL 2.1 temporal plan, `start: (action args) [duration]` per line
    /// in order of start, which `werk validate` (and VAL) accept.
    public var timedPlanText: String {
        stepsInStartOrder.map { step in
            let start = String(format: "%.3f", step.start)
            let duration = String(format: "%.3f", step.duration)
            return "\(start): \(step.action.actionText) [\(duration)]\n"
        }.joined()
    }

    /// Writes ``files()`` into `directory` (created if needed); each file is written to a
    /// temporary name and renamed, so no reader ever sees half a file.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try files().map { file in
            let url = folder.appendingPathComponent(file.name)
            try file.contents.write(to: url, options: .atomic)
            return url.path
        }
    }
}
