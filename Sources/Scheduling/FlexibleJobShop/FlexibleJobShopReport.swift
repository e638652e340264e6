public import Foundation

/// The JSON document `werk schedule` writes for a flexible job shop, in the job-shop style of
/// ``ScheduleReport``: status, makespan, bound and one entry per operation with its job,
/// operation (both from 0), chosen machine (numbered as in the file), start and finish.
public struct FlexibleJobShopReport: Codable, Sendable, Hashable {
    public var instance: String
    public var status: ScheduleStatus
    public var objectiveKind: ScheduleObjective
    public var makespan: Int?
    public var bound: Int?
    public var objective: Int?
    public var seconds: Double
    public var searchNodes: Int
    public var heuristicSchedules: Int
    /// The component that found the reported schedule.
    public var foundBy: String
    public var activities: [Entry]

    /// One scheduled operation.
    public struct Entry: Codable, Sendable, Hashable {
        public var job: Int
        public var operation: Int
        public var machine: Int
        public var start: Int
        public var finish: Int
    }

    enum CodingKeys: String, CodingKey {
        case instance, status, objectiveKind = "objective_kind", makespan, bound, objective
        case seconds, activities, searchNodes = "search_nodes"
        case heuristicSchedules = "heuristic_schedules", foundBy = "found_by"
    }

    public init(shop: FlexibleJobShop, result: FlexibleJobShopResult) {
        instance = shop.name
        status = result.status
        objectiveKind = .makespan
        makespan = result.makespan
        objective = result.makespan
        bound = result.bound
        seconds = (result.statistics.seconds * 1000).rounded() / 1000
        searchNodes = result.statistics.searchNodes
        heuristicSchedules = result.statistics.heuristicSchedules
        foundBy = result.statistics.foundBy
        activities = []
        guard let schedule = result.schedule else { return }
        for (index, operation) in shop.operations.enumerated() {
            activities.append(
                Entry(
                    job: operation.job, operation: operation.position,
                    machine: schedule.machines[index] + shop.firstMachineNumber,
                    start: schedule.starts[index], finish: schedule.finish(of: index, in: shop)))
        }
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// The schedule as CSV: `job,operation,machine,start,finish`, one row per operation.
    public var csv: String {
        let rows = activities.map {
            "\($0.job),\($0.operation),\($0.machine),\($0.start),\($0.finish)"
        }
        return (["job,operation,machine,start,finish"] + rows).joined(separator: "\n") + "\n"
    }
}
