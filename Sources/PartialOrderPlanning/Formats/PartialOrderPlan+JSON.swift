public import PlanningTask
import SourceText

extension PartialOrderPlan {
    /// The id of step `index` in files: `s1`, `s2`, … (`init` and `goal` for the others).
    public static func stepID(_ node: PlanNode) -> String {
        switch node {
        case .initial: PartialOrderPlanDocument.initialID
        case .step(let index): "s\(index + 1)"
        case .goal: PartialOrderPlanDocument.goalID
        }
    }

    /// The plan as JSON (see `PartialOrderPlanDocument` for the format), one step, ordering
    /// or link per line; `metrics`, when given, are added as a `metrics` object.
    public func jsonText(in task: GroundTask, metrics: PartialOrderMetrics? = nil) -> String {
        var lines: [String] = []
        lines.append("  \"steps\": [")
        var entries = ["    {\"id\": \"init\"}"]
        for (index, op) in steps.enumerated() {
            entries.append(
                "    {\"id\": \"\(Self.stepID(.step(index)))\", \"action\": "
                    + "\(Self.quoted(task[op].description))}")
        }
        entries.append("    {\"id\": \"goal\"}")
        lines.append(entries.joined(separator: ",\n"))
        lines.append("  ],")
        lines.append("  \"orderings\": [")
        lines.append(
            orderings.map {
                "    {\"before\": \"\(Self.stepID(.step($0.before)))\", "
                    + "\"after\": \"\(Self.stepID(.step($0.after)))\"}"
            }.joined(separator: ",\n"))
        lines.append("  ],")
        lines.append("  \"links\": [")
        lines.append(
            links.map { link in
                let fact = task[link.fact].description
                return "    {\"producer\": \"\(Self.stepID(link.producer))\", "
                    + "\"consumer\": \"\(Self.stepID(link.consumer))\", \"fact\": "
                    + Self.quoted(link.isNegative ? "(not \(fact))" : fact) + "}"
            }.joined(separator: ",\n"))
        if let metrics {
            lines.append("  ],")
            var members = [
                "\"steps\": \(metrics.steps)", "\"orderings\": \(metrics.orderings)",
                "\"flex\": \(metrics.flex)", "\"width\": \(metrics.width)",
                "\"critical_path\": \(metrics.criticalPathSteps)",
            ]
            if let duration = metrics.criticalPathDuration {
                members.append("\"critical_path_duration\": \(duration)")
            }
            lines.append("  \"metrics\": {" + members.joined(separator: ", ") + "}")
        } else {
            lines.append("  ]")
        }
        return "{\n" + lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n}\n"
    }

    /// `text` as a double-quoted literal with JSON escapes, which DOT reads the same way.
    static func quoted(_ text: String) -> String { JSONText.string(text) }
}
