/// A flexible job shop (Brucker & Schlie 1990; Brandimarte 1993): jobs are sequences of
/// operations, each operation runs on exactly one of its eligible machines with that
/// machine's duration, a machine runs one operation at a time; objective: makespan.
///
/// Operations are stored flat, job after job in technological order; machines are indexed
/// from 0 internally and shown as `index + firstMachineNumber`, the numbering of the file.
public struct FlexibleJobShop: Sendable, Hashable {
    /// One eligible machine of an operation and the duration there.
    public struct Alternative: Sendable, Hashable {
        /// 0-based machine index.
        public var machine: Int
        /// The processing time on that machine.
        public var duration: Int

        /// Machine `machine` (0-based) with processing time `duration`.
        public init(machine: Int, duration: Int) {
            self.machine = machine
            self.duration = duration
        }
    }

    /// An operation: its job, its 0-based place in the job and its eligible machines.
    public struct Operation: Sendable, Hashable {
        /// The 0-based job.
        public var job: Int
        /// The 0-based place in the job's technological order.
        public var position: Int
        /// The eligible machines with their durations.
        public var alternatives: [Alternative]
    }

    /// The instance name (the file name).
    public let name: String
    /// The number of machines.
    public let machineCount: Int
    /// The number the file gives the first machine (0 or 1).
    public let firstMachineNumber: Int
    /// Every operation, job after job in technological order.
    public let operations: [Operation]
    /// The operations of job `j` are `operations[jobStart[j] ..< jobStart[j + 1]]`.
    public let jobStart: [Int]

    /// A shop of `jobs`, each a list of operations given by their alternatives.
    public init(
        name: String, machineCount: Int, firstMachineNumber: Int = 0,
        jobs: [[[Alternative]]]
    ) {
        self.name = name
        self.machineCount = machineCount
        self.firstMachineNumber = firstMachineNumber
        var operations: [Operation] = []
        var starts = [0]
        for (job, list) in jobs.enumerated() {
            for (position, alternatives) in list.enumerated() {
                operations.append(
                    Operation(job: job, position: position, alternatives: alternatives))
            }
            starts.append(operations.count)
        }
        self.operations = operations
        jobStart = starts
    }

    /// The number of jobs.
    public var jobCount: Int { jobStart.count - 1 }

    /// The operation before `operation` in its job, or −1.
    func jobPredecessor(_ operation: Int) -> Int {
        operations[operation].position > 0 ? operation - 1 : -1
    }

    /// The operation after `operation` in its job, or −1.
    func jobSuccessor(_ operation: Int) -> Int {
        operation + 1 < jobStart[operations[operation].job + 1] ? operation + 1 : -1
    }

    /// The duration of `operation` on 0-based `machine`, or `nil` when it cannot run there.
    public func duration(of operation: Int, on machine: Int) -> Int? {
        operations[operation].alternatives.first { $0.machine == machine }?.duration
    }

    /// The shortest duration of `operation` over its machines.
    func shortestDuration(_ operation: Int) -> Int {
        operations[operation].alternatives.map(\.duration).min() ?? 0
    }
}
