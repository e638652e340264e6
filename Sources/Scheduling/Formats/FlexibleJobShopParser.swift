public import SourceText

/// Reads flexible job shops in the Brandimarte / Hurink `.fjs` text format: the header
/// `jobs machines [average machines per operation]`, then one line per job: its number of
/// operations, and for each operation `k` followed by `k` pairs `machine duration`.
///
/// Machines are numbered from 0 in some collections and from 1 in others (Brandimarte's
/// originals): a file that names machine 0 is 0-based, one that names machine `machines`
/// (and never 0) is 1-based, and a file that names neither is read as 0-based — which only
/// decides how machines are labelled, since the unused one carries no operation. Runs in
/// O(file size); nothing is allocated in proportion to a number read.
struct FlexibleJobShopParser {
    let text: TokenizedText

    init(file: String, contents: String) {
        text = TokenizedText(file: file, text: contents)
    }

    /// One operation as read, before the machines are renumbered.
    private struct RawOperation {
        var pairs: [(machine: TextToken, value: Int, duration: Int)]
    }

    func parse(name: String) throws(Diagnostic) -> FlexibleJobShop {
        let dataLines = text.lines.filter {
            guard let first = $0.first else { return false }
            return !first.text.hasPrefix("#")
        }
        guard let header = dataLines.first, header.count == 2 || header.count == 3 else {
            throw text.error(
                "expected the header line 'jobs machines [average machines per operation]'",
                line: dataLines.first?.first?.line ?? 1)
        }
        let jobCount = try text.integer(header[0], "job count", minimum: 1)
        let machineCount = try text.integer(header[1], "machine count", minimum: 1)
        if header.count == 3, Double(header[2].text) == nil {
            throw text.error(
                "expected the average number of machines per operation, found '\(header[2].text)'",
                at: header[2])
        }
        guard dataLines.count - 1 == jobCount else {
            throw text.error(
                "the header declares \(jobCount) jobs but \(dataLines.count - 1) job lines follow",
                line: dataLines.last?.first?.line ?? 1)
        }
        // Machine numbers index arrays: more machines than pairs in the file would only
        // cost memory (the header alone could ask for terabytes).
        let pairCount = dataLines.dropFirst().reduce(0) { $0 + $1.count / 2 }
        guard machineCount <= max(1, pairCount) else {
            throw text.error(
                "the header declares \(machineCount) machines for \(pairCount) machine choices",
                at: header[1])
        }
        var jobs: [[RawOperation]] = []
        var zero: TextToken?
        var top: TextToken?
        var operationTotal = 0
        for tokens in dataLines.dropFirst() {
            let job = try readJob(tokens, machineCount: machineCount)
            operationTotal += job.count
            guard operationTotal <= SchedulingLimits.maximumActivities else {
                throw text.error(
                    "more than \(SchedulingLimits.maximumActivities) operations", at: tokens[0])
            }
            for operation in job {
                for pair in operation.pairs {
                    if pair.value == 0, zero == nil { zero = pair.machine }
                    if pair.value == machineCount, top == nil { top = pair.machine }
                }
            }
            jobs.append(job)
        }
        if let zero, let top {
            throw text.error(
                "machine \(machineCount) is out of range 0..<\(machineCount) (machines are "
                    + "numbered from 0: machine 0 appears at line \(zero.line))",
                at: top)
        }
        let first = zero == nil && top != nil ? 1 : 0
        var horizon = 0
        var shop: [[[FlexibleJobShop.Alternative]]] = []
        for job in jobs {
            var operations: [[FlexibleJobShop.Alternative]] = []
            for operation in job {
                var seen: Set<Int> = []
                var alternatives: [FlexibleJobShop.Alternative] = []
                for pair in operation.pairs {
                    guard seen.insert(pair.value).inserted else {
                        throw text.error(
                            "machine \(pair.value) is listed twice for one operation",
                            at: pair.machine)
                    }
                    alternatives.append(
                        FlexibleJobShop.Alternative(
                            machine: pair.value - first, duration: pair.duration))
                }
                horizon += alternatives.map(\.duration).max() ?? 0
                guard horizon <= SchedulingLimits.maximumTime else {
                    throw text.error(
                        "the durations add up to more than \(SchedulingLimits.maximumTime) "
                            + "time units (the limit of the scheduler's horizon)",
                        at: operation.pairs[0].machine)
                }
                operations.append(alternatives)
            }
            shop.append(operations)
        }
        guard machineCount * (horizon + 1) <= SchedulingLimits.maximumProfileCells else {
            throw text.error(
                "\(machineCount) machines over a horizon of \(horizon) time units exceed the "
                    + "limit of \(SchedulingLimits.maximumProfileCells) resource-time cells",
                line: header[0].line)
        }
        return FlexibleJobShop(
            name: name, machineCount: machineCount, firstMachineNumber: first, jobs: shop)
    }

    /// The operations of one job line; machine numbers are checked against 0...`machines`
    /// (the renumbering comes later).
    private func readJob(_ tokens: [TextToken], machineCount: Int) throws(Diagnostic)
        -> [RawOperation]
    {
        let operationCount = try text.integer(
            tokens[0], "number of operations", minimum: 1, maximum: tokens.count)
        var operations: [RawOperation] = []
        var next = 1
        for _ in 0..<operationCount {
            guard next < tokens.count else {
                throw text.error(
                    "the line ends after \(operations.count) of \(operationCount) operations",
                    at: tokens[tokens.count - 1])
            }
            let choices = try text.integer(
                tokens[next], "number of machines of an operation", minimum: 1,
                maximum: machineCount)
            guard next + 2 * choices < tokens.count else {
                throw text.error(
                    "expected \(choices) 'machine duration' pairs after this count, found "
                        + "\(tokens.count - next - 1) numbers",
                    at: tokens[next])
            }
            var pairs: [(machine: TextToken, value: Int, duration: Int)] = []
            for pair in 0..<choices {
                let machineToken = tokens[next + 1 + 2 * pair]
                let machine = try text.integer(
                    machineToken, "machine number", maximum: machineCount)
                let duration = try text.integer(
                    tokens[next + 2 + 2 * pair], "processing time")
                pairs.append((machineToken, machine, duration))
            }
            operations.append(RawOperation(pairs: pairs))
            next += 1 + 2 * choices
        }
        guard next == tokens.count else {
            throw text.error(
                "\(tokens.count - next) numbers follow the job's \(operationCount) operations",
                at: tokens[next])
        }
        return operations
    }
}

extension FlexibleJobShop {
    /// Reads a `.fjs` file with `contents`; bad input throws an error located at its line
    /// and column.
    public static func read(file: String, contents: String) throws(Diagnostic)
        -> FlexibleJobShop
    {
        try FlexibleJobShopParser(file: file, contents: contents).parse(
            name: InstanceFormat.baseName(of: file))
    }
}
