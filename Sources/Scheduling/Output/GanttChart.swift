import Foundation

/// A standalone SVG Gantt chart of a schedule: a time axis, one bar per activity (one row per
/// activity, or one row per machine for job shops, coloured by job), and under it a usage
/// profile per renewable resource with its capacity drawn as a dashed red line. With a unit
/// allocation, one row per named unit follows the activities' rows, with the bars of the
/// activities that unit serves.
///
/// O(n·K) elements for n activities and K resources.
public struct GanttChart {
    /// The problem the schedule solves.
    public let problem: SchedulingProblem
    /// The schedule drawn.
    public let schedule: Schedule
    /// The name shown for each activity (its ``Activity/name`` unless given).
    public let labels: [String]
    /// The named units each activity holds, drawn as one row per unit.
    public let allocation: UnitAllocation?

    /// Room for the row labels: at least 110 points, more for long labels (11-point text).
    private let labelWidth: Double
    private let plotWidth = 900.0
    private let rowHeight = 18.0
    private let profileHeight = 70.0

    /// A chart of `schedule`; `labels`, one per activity, replace the activities' names;
    /// with `allocation`, rows for the named units follow.
    public init(
        problem: SchedulingProblem, schedule: Schedule, labels: [String]? = nil,
        allocation: UnitAllocation? = nil
    ) {
        self.problem = problem
        self.schedule = schedule
        self.labels = labels ?? problem.activities.map(\.name)
        self.allocation = allocation
        let unitLabels = problem.resources.flatMap { pool in
            pool.units.map { "\(pool.name) \($0.name)" }
        }
        let longest = (self.labels + unitLabels).map(\.count).max() ?? 0
        labelWidth = max(110, Double(longest) * 6.5 + 16)
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let makespan = max(1, schedule.makespan(in: problem))
        let scale = plotWidth / Double(makespan)
        let rows = barRows()
        // Job-shop machines hold one operation at a time: their rows already show the usage.
        let renewable =
            problem.isJobShop
            ? [] : problem.resources.indices.filter { problem.resources[$0].kind == .renewable }
        let top = 68.0
        let barsHeight = Double(rows.count) * rowHeight
        let profilesTop = top + barsHeight + 30
        let height = profilesTop + Double(renewable.count) * (profileHeight + 24) + 10
        let width = labelWidth + plotWidth + 30
        let subtitle =
            problem.isJobShop
            ? "one row per machine, bars coloured by job"
            : allocation == nil
                ? "one row per activity; below: resource usage (blue) against capacity (red dashed)"
                : "one row per activity, then one per named unit; below: resource usage (blue) "
                    + "against capacity (red dashed)"
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="11">
            <rect width="100%" height="100%" fill="white"/>
            <text x="10" y="20" font-size="15" font-weight="bold">\(escape(problem.name)) — makespan \(makespan)</text>
            <text x="10" y="36" fill="#555">\(subtitle)</text>

            """
        out += axis(
            top: top, bottom: profilesTop - 20 + Double(renewable.count) * (profileHeight + 24),
            makespan: makespan, scale: scale)
        for (rowIndex, row) in rows.enumerated() {
            let y = top + Double(rowIndex) * rowHeight
            if rowIndex.isMultiple(of: 2) {
                out +=
                    "<rect x=\"\(labelWidth)\" y=\(attr(y)) width=\(attr(plotWidth)) height=\(attr(rowHeight)) fill=\"#f4f6f8\"/>\n"
            }
            out +=
                "<text x=\"\(labelWidth - 6)\" y=\(attr(y + rowHeight - 5)) text-anchor=\"end\">\(escape(row.label))</text>\n"
            for activity in row.activities {
                let start = Double(schedule.starts[activity])
                let finish = Double(schedule.finish(of: activity, in: problem))
                let x = labelWidth + start * scale
                let barWidth = max(1.5, (finish - start) * scale)
                let colour = colour(for: activity)
                out +=
                    "<rect x=\(attr(x)) y=\(attr(y + 2)) width=\(attr(barWidth)) height=\(attr(rowHeight - 4)) rx=\"2\" fill=\"\(colour)\" stroke=\"#333\" stroke-width=\"0.5\"><title>\(escape(tooltip(activity)))</title></rect>\n"
                let text = barLabel(activity)
                // 9-point text takes about 5.2 points a character: write it only if it fits.
                if barWidth > Double(text.count) * 5.2 + 6 {
                    out +=
                        "<text x=\(attr(x + barWidth / 2)) y=\(attr(y + rowHeight - 6)) text-anchor=\"middle\" fill=\"white\" font-size=\"9\">\(escape(text))</text>\n"
                }
            }
        }
        for (slot, resource) in renewable.enumerated() {
            out += profile(
                resource: resource, top: profilesTop + Double(slot) * (profileHeight + 24),
                makespan: makespan, scale: scale)
        }
        return out + "</svg>\n"
    }

    private struct Row {
        var label: String
        var activities: [Int]
    }

    /// Job shops: one row per machine. Otherwise one row per activity with a duration, by start.
    private func barRows() -> [Row] {
        if problem.isJobShop {
            var rows = problem.resources.map { Row(label: $0.name, activities: []) }
            for (index, activity) in problem.activities.enumerated() {
                if let machine = activity.jobShopOperation?.machine {
                    rows[machine].activities.append(index)
                }
            }
            return rows
        }
        let timed = problem.activities.indices
            .filter { problem.activities[$0].modes[schedule.modes[$0]].duration > 0 }
            .sorted { (schedule.starts[$0], $0) < (schedule.starts[$1], $1) }
        guard let allocation else { return timed.map { Row(label: labels[$0], activities: [$0]) } }
        var unitRows = problem.resources.map { pool in
            pool.units.map { Row(label: "\(pool.name) \($0.name)", activities: []) }
        }
        for activity in timed {
            for assignment in allocation.assignments[activity] {
                for unit in assignment.units {
                    unitRows[assignment.resource][unit].activities.append(activity)
                }
            }
        }
        return timed.map { Row(label: labels[$0], activities: [$0]) } + unitRows.joined()
    }

    private func axis(top: Double, bottom: Double, makespan: Int, scale: Double) -> String {
        let step = Self.tickStep(makespan)
        var out = ""
        var tick = 0
        while tick <= makespan {
            let x = labelWidth + Double(tick) * scale
            out +=
                "<line x1=\(attr(x)) y1=\(attr(top - 4)) x2=\(attr(x)) y2=\(attr(bottom)) stroke=\"#d0d4d8\" stroke-width=\"0.6\"/>\n"
            out +=
                "<text x=\(attr(x)) y=\(attr(top - 8)) text-anchor=\"middle\" fill=\"#555\">\(tick)</text>\n"
            tick += step
        }
        return out
    }

    private func profile(resource: Int, top: Double, makespan: Int, scale: Double) -> String {
        var usage = [Int](repeating: 0, count: makespan + 1)
        for activity in problem.activities.indices {
            let demand = problem.activities[activity].modes[schedule.modes[activity]].demands[
                resource]
            guard demand > 0 else { continue }
            for time in schedule.starts[activity]..<schedule.finish(of: activity, in: problem) {
                usage[time] += demand
            }
        }
        let capacity = problem.resources[resource].capacity
        let peak = max(capacity, usage.max() ?? 0, 1)
        let unit = profileHeight / Double(peak)
        let base = top + profileHeight
        var points = "\(number(labelWidth)),\(number(base))"
        for time in 0..<makespan {
            let y = base - Double(usage[time]) * unit
            points +=
                " \(number(labelWidth + Double(time) * scale)),\(number(y)) \(number(labelWidth + Double(time + 1) * scale)),\(number(y))"
        }
        points += " \(number(labelWidth + Double(makespan) * scale)),\(number(base))"
        let capacityY = base - Double(capacity) * unit
        let name = escape(problem.resources[resource].name)
        return """
            <rect x="\(labelWidth)" y=\(attr(top)) width=\(attr(plotWidth)) height=\(attr(profileHeight)) fill="#fafbfc" stroke="#ccc" stroke-width="0.5"/>
            <polygon points="\(points)" fill="#7fa7d6" stroke="#2f5f98" stroke-width="0.8"/>
            <line x1="\(labelWidth)" y1=\(attr(capacityY)) x2=\(attr(labelWidth + plotWidth)) y2=\(attr(capacityY)) stroke="#d62728" stroke-width="1.2" stroke-dasharray="5,3"/>
            <text x="\(labelWidth - 6)" y=\(attr(top + 14)) text-anchor="end" font-weight="bold">\(name)</text>
            <text x="\(labelWidth - 6)" y=\(attr(top + 28)) text-anchor="end" fill="#d62728">cap \(capacity)</text>
            <text x="\(labelWidth - 6)" y=\(attr(base)) text-anchor="end" fill="#555">0</text>

            """
    }

    private func colour(for activity: Int) -> String {
        let key = problem.activities[activity].jobShopOperation?.job ?? activity
        let hue = (key * 137) % 360
        return "hsl(\(hue), 55%, 45%)"
    }

    private func barLabel(_ activity: Int) -> String {
        if let operation = problem.activities[activity].jobShopOperation {
            return "J\(operation.job)"
        }
        return labels[activity]
    }

    private func tooltip(_ activity: Int) -> String {
        let name =
            problem.activities[activity].jobShopOperation.map {
                "job \($0.job) operation \($0.operation)"
            }
            ?? labels[activity]
        return
            "\(name): mode \(schedule.modes[activity] + 1), \(schedule.starts[activity])–\(schedule.finish(of: activity, in: problem))"
    }

    private func attr(_ value: Double) -> String { "\"\(number(value))\"" }

    private func number(_ value: Double) -> String { String(format: "%.1f", value) }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A round tick interval giving about 10–20 ticks.
    static func tickStep(_ span: Int) -> Int {
        var step = 1
        while span / step > 20 {
            for factor in [2, 5, 10] where span / (step * factor) <= 20 {
                return step * factor
            }
            step *= 10
        }
        return step
    }
}
