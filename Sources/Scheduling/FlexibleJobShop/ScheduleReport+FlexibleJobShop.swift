extension ScheduleReport {
    /// The report of a flexible job shop, in the job-shop style: one entry per operation with
    /// its job, operation (both from 0), chosen machine (numbered as in the file), start and
    /// finish.
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

    /// The job-shop entries as CSV: `job,operation,machine,start,finish`, one row per
    /// operation.
    public var jobShopCSV: String {
        let rows = activities.compactMap { entry -> String? in
            guard let job = entry.job, let operation = entry.operation,
                let machine = entry.machine
            else { return nil }
            return "\(job),\(operation),\(machine),\(entry.start),\(entry.finish)"
        }
        return (["job,operation,machine,start,finish"] + rows).joined(separator: "\n") + "\n"
    }
}
