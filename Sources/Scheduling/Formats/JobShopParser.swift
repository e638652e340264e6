import SourceText

/// Reads job-shop instances in the OR-Library / Taillard text format: `jobs machines`, then
/// one line per job of `machine duration` pairs in technological order (machines from 0).
///
/// Each operation becomes an activity on a unit-capacity resource (its machine), and
/// consecutive operations of a job are linked by precedences. Runs in O(file size).
struct JobShopParser {
    let text: TokenizedText

    init(file: String, contents: String) {
        text = TokenizedText(file: file, text: contents)
    }

    func parse(name: String) throws(Diagnostic) -> SchedulingProblem {
        let dataLines = text.lines.filter {
            guard let first = $0.first else { return false }
            return !first.text.hasPrefix("#")
        }
        guard let header = dataLines.first, header.count == 2 else {
            throw text.error("expected the header line 'jobs machines'", line: 1)
        }
        let jobCount = try text.integer(header[0], "job count", minimum: 1)
        let machineCount = try text.integer(header[1], "machine count", minimum: 1)
        guard dataLines.count - 1 == jobCount else {
            let line = (dataLines.last?.first?.line ?? 1)
            throw text.error(
                "the header declares \(jobCount) jobs but \(dataLines.count - 1) job lines follow",
                line: line)
        }
        // Every operation gets a demand per machine: more machines than operations would
        // only cost memory (the header alone could ask for terabytes).
        let operationCount = dataLines.dropFirst().reduce(0) { $0 + $1.count / 2 }
        guard machineCount <= max(1, operationCount) else {
            throw text.error(
                "the header declares \(machineCount) machines for \(operationCount) operations",
                at: header[1])
        }
        let resources = (0..<machineCount).map { Resource(name: "M\($0)", capacity: 1) }
        var activities: [Activity] = []
        var precedences: [Precedence] = []
        for (job, tokens) in dataLines.dropFirst().enumerated() {
            guard tokens.count.isMultiple(of: 2), !tokens.isEmpty else {
                throw text.error(
                    "expected 'machine duration' pairs, found \(tokens.count) numbers",
                    at: tokens[tokens.count - 1])
            }
            for operation in 0..<(tokens.count / 2) {
                let machineToken = tokens[2 * operation]
                let machine = try text.integer(machineToken, "machine number")
                guard machine < machineCount else {
                    throw text.error(
                        "machine \(machine) is out of range 0..<\(machineCount)", at: machineToken)
                }
                let duration = try text.integer(tokens[2 * operation + 1], "processing time")
                var demands = [Int](repeating: 0, count: machineCount)
                demands[machine] = 1
                if operation > 0 {
                    precedences.append(
                        Precedence(predecessor: activities.count - 1, successor: activities.count))
                }
                activities.append(
                    Activity(
                        name: "j\(job)o\(operation)",
                        modes: [Mode(duration: duration, demands: demands)],
                        jobShopOperation: JobShopOperation(
                            job: job, operation: operation, machine: machine)))
            }
        }
        return SchedulingProblem(
            name: name, activities: activities, resources: resources, precedences: precedences)
    }
}
