/// Something to schedule: it runs in exactly one of its modes, without interruption.
public struct Activity: Sendable, Hashable, Codable {
    /// The identifier shown to users (the job number of a PSPLIB file, a YAML `id`).
    public var name: String
    /// The ways it can run; the schedule picks one.
    public var modes: [Mode]
    /// Earliest start.
    public var releaseDate: Int
    /// Latest finish, when there is one.
    public var deadline: Int?
    /// Due date for the ``ScheduleObjective/totalWeightedTardiness`` objective.
    public var dueDate: Int?
    /// Weight of each time unit of tardiness.
    public var tardinessWeight: Int
    /// The job and 0-based operation index of a job-shop operation.
    public var jobShopOperation: JobShopOperation?

    /// An activity named `name` with `modes`, by default released at 0 without deadline.
    public init(
        name: String, modes: [Mode], releaseDate: Int = 0, deadline: Int? = nil,
        dueDate: Int? = nil, tardinessWeight: Int = 1, jobShopOperation: JobShopOperation? = nil
    ) {
        self.name = name
        self.modes = modes
        self.releaseDate = releaseDate
        self.deadline = deadline
        self.dueDate = dueDate
        self.tardinessWeight = tardinessWeight
        self.jobShopOperation = jobShopOperation
    }
}

/// Where a job-shop operation comes from: its job and its place in the job (both 0-based).
public struct JobShopOperation: Sendable, Hashable, Codable {
    /// The 0-based job.
    public var job: Int
    /// The 0-based place in the job.
    public var operation: Int
    /// The 0-based machine, as numbered in the file.
    public var machine: Int

    /// Operation `operation` of job `job`, on `machine`.
    public init(job: Int, operation: Int, machine: Int) {
        self.job = job
        self.operation = operation
        self.machine = machine
    }
}
