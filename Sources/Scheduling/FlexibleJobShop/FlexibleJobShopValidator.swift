/// Checks a ``FlexibleJobShopSchedule`` independently of the solver: every operation on an
/// eligible machine, starting at 0 or later, after its job predecessor, and no two
/// operations overlapping on one machine (one of duration 0 occupies no time there).
/// O(n log n).
public enum FlexibleJobShopValidator {
    /// Every violation found, described in words; empty when the schedule is valid.
    public static func violations(of schedule: FlexibleJobShopSchedule, in shop: FlexibleJobShop)
        -> [String]
    {
        let count = shop.operations.count
        guard schedule.machines.count == count, schedule.starts.count == count else {
            return ["the schedule has \(schedule.starts.count) starts for \(count) operations"]
        }
        var problems: [String] = []
        func label(_ operation: Int) -> String {
            "job \(shop.operations[operation].job) operation \(shop.operations[operation].position)"
        }
        var byMachine = [[Int]](repeating: [], count: shop.machineCount)
        for operation in 0..<count {
            let machine = schedule.machines[operation]
            guard machine >= 0, machine < shop.machineCount,
                shop.duration(of: operation, on: machine) != nil
            else {
                problems.append("\(label(operation)) cannot run on machine index \(machine)")
                continue
            }
            // An operation of duration 0 occupies no machine time.
            if schedule.finish(of: operation, in: shop) > schedule.starts[operation] {
                byMachine[machine].append(operation)
            }
            if schedule.starts[operation] < 0 {
                problems.append("\(label(operation)) starts before 0")
            }
            let previous = shop.jobPredecessor(operation)
            if previous >= 0, schedule.starts[operation] < schedule.finish(of: previous, in: shop) {
                problems.append("\(label(operation)) starts before its job predecessor finishes")
            }
        }
        guard problems.isEmpty else { return problems }
        for (machine, members) in byMachine.enumerated() {
            let sorted = members.sorted { schedule.starts[$0] < schedule.starts[$1] }
            for (first, second) in zip(sorted, sorted.dropFirst())
            where schedule.finish(of: first, in: shop) > schedule.starts[second] {
                problems.append(
                    "\(label(first)) and \(label(second)) overlap on machine "
                        + "\(machine + shop.firstMachineNumber)")
            }
        }
        return problems
    }
}
