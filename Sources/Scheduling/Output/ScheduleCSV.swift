import Foundation

/// Writes a schedule as CSV: one row per activity with its id, mode, start, finish and,
/// for job shops, job, operation and machine; with an allocation, a last column `units`
/// lists the units held as `pool:unit`, separated by spaces (`welder:ana booth:b1`).
public enum ScheduleCSV {
    /// The CSV text of `schedule`, a header line first.
    public static func text(
        problem: SchedulingProblem, schedule: Schedule, allocation: UnitAllocation? = nil
    ) -> String {
        var lines = [
            "id,mode,start,finish,job,operation,machine" + (allocation == nil ? "" : ",units")
        ]
        for (index, activity) in problem.activities.enumerated() {
            let operation = activity.jobShopOperation
            let fields: [String] = [
                quoted(activity.name), String(schedule.modes[index] + 1),
                String(schedule.starts[index]),
                String(schedule.finish(of: index, in: problem)),
                operation.map { String($0.job) } ?? "",
                operation.map { String($0.operation) } ?? "",
                operation.map { String($0.machine) } ?? "",
            ]
            let units = allocation.map { allocation in
                allocation.names(of: index, in: problem).sorted { $0.key < $1.key }
                    .flatMap { pool, names in names.map { "\(pool):\($0)" } }
                    .joined(separator: " ")
            }
            lines.append((fields + (units.map { [quoted($0)] } ?? [])).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
