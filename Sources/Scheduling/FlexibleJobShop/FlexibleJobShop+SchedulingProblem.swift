extension FlexibleJobShop {
    /// The shop as a multi-mode project: one activity per operation with one mode per
    /// eligible machine (one unit of that machine's capacity-1 resource), and precedences
    /// along each job. Mode `i` of an activity is alternative `i` of its operation.
    public var schedulingProblem: SchedulingProblem {
        let resources = (0..<machineCount).map {
            Resource(name: machineLabel($0), capacity: 1)
        }
        var activities: [Activity] = []
        var precedences: [Precedence] = []
        for (index, operation) in operations.enumerated() {
            let modes = operation.alternatives.map { alternative in
                var demands = [Int](repeating: 0, count: machineCount)
                demands[alternative.machine] = 1
                return Mode(duration: alternative.duration, demands: demands)
            }
            activities.append(
                Activity(name: "j\(operation.job)o\(operation.position)", modes: modes))
            if jobPredecessor(index) >= 0 {
                precedences.append(Precedence(predecessor: index - 1, successor: index))
            }
        }
        return SchedulingProblem(
            name: name, activities: activities, resources: resources, precedences: precedences)
    }

    /// The job shop that runs every operation on the machine `schedule` gave it, labelled
    /// as a job shop (for its Gantt chart: one row per machine, named as in the file).
    public func assignedJobShop(_ schedule: FlexibleJobShopSchedule) -> SchedulingProblem {
        var problem = schedulingProblem
        for (index, operation) in operations.enumerated() {
            let machine = schedule.machines[index]
            problem.activities[index].modes = problem.activities[index].modes.filter {
                $0.demands[machine] == 1
            }
            problem.activities[index].jobShopOperation = JobShopOperation(
                job: operation.job, operation: operation.position, machine: machine)
        }
        return problem
    }

    /// The schedule of ``schedulingProblem`` that `schedule` describes.
    func projectSchedule(_ schedule: FlexibleJobShopSchedule) -> Schedule {
        let modes = operations.indices.map { index in
            operations[index].alternatives.firstIndex { $0.machine == schedule.machines[index] }
                ?? 0
        }
        return Schedule(modes: modes, starts: schedule.starts)
    }

    /// The flexible job-shop schedule a schedule of ``schedulingProblem`` describes.
    func flexibleSchedule(_ schedule: Schedule) -> FlexibleJobShopSchedule {
        FlexibleJobShopSchedule(
            machines: operations.indices.map {
                operations[$0].alternatives[schedule.modes[$0]].machine
            },
            starts: schedule.starts)
    }

    /// Machine `index` as the file names it, e.g. `M1`.
    public func machineLabel(_ index: Int) -> String { "M\(index + firstMachineNumber)" }
}
