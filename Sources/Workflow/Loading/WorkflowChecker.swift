/// The semantic checks of a decoded workflow document, and its dense form once they pass.
struct WorkflowChecker {
    let document: WorkflowDocument
    /// Problems found so far, each with the JSON path of the offending value.
    private(set) var problems: [(JSONPath, String)] = []

    private let resourceNames: [String]
    private var stepIndex: [String: Int] = [:]
    /// Predecessor indices per step, deduplicated, in `after` order.
    private var predecessors: [[Int32]] = []
    /// The steps each step waits to have started, deduplicated, in `start_after` order.
    private var startPredecessors: [[Int32]] = []

    init(document: WorkflowDocument) {
        self.document = document
        self.resourceNames = document.resources.keys.sorted()
    }

    /// Whether `id` matches `[A-Za-z0-9][A-Za-z0-9_.-]*` (safe in file names and rule names).
    static func isValidIdentifier(_ id: String) -> Bool {
        guard let first = id.utf8.first, isAlphanumeric(first) else { return false }
        return id.utf8.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
                || $0 == UInt8(ascii: "-")
        }
    }

    /// Whether `name` matches `[A-Za-z_][A-Za-z0-9_]*` (a valid Snakemake resource name).
    static func isValidResourceName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return false }
        return name.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "_") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private mutating func report(_ path: JSONPath, _ message: String) {
        problems.append((path, message))
    }

    /// Runs every check; afterwards `problems` lists what is wrong.
    mutating func check() {
        let root = JSONPath.root
        if document.schema != WorkflowDocument.schemaIdentifier {
            report(
                root.appending("schema"),
                "unsupported schema '\(document.schema)' (expected '\(WorkflowDocument.schemaIdentifier)')"
            )
        }
        if document.name.isEmpty { report(root.appending("name"), "the name is empty") }
        for name in resourceNames {
            let path = root.appending("resources").appending(name)
            if !Self.isValidResourceName(name) {
                report(
                    path,
                    "invalid resource name '\(name)' (a letter or '_', then letters, digits, '_')")
            }
            if let capacity = document.resources[name], capacity < 0 {
                report(path, "capacity \(capacity) is negative")
            }
        }
        let stepsPath = root.appending("steps")
        for (index, step) in document.steps.enumerated() {
            let path = stepsPath.appending(index)
            if !Self.isValidIdentifier(step.id) {
                report(
                    path.appending("id"),
                    "invalid step id '\(step.id)' (a letter or digit, then letters, digits, '_', '.', '-')"
                )
            } else if let first = stepIndex[step.id] {
                report(
                    path.appending("id"),
                    "duplicate step id '\(step.id)' (first at $.steps[\(first)])")
            } else {
                stepIndex[step.id] = index
            }
        }
        for (index, step) in document.steps.enumerated() {
            checkStep(step, at: stepsPath.appending(index))
        }
        if problems.isEmpty { checkAcyclic(stepsPath) }
    }

    private mutating func checkStep(_ step: WorkflowStep, at path: JSONPath) {
        if step.command.isEmpty {
            report(
                path.appending("command"), "the command is empty (expected [program, arguments…])")
        } else if step.command[0].isEmpty {
            report(path.appending("command").appending(0), "the program name is empty")
        }
        predecessors.append(stepIndices(step.after, of: step, at: path.appending("after")))
        startPredecessors.append(
            stepIndices(step.startAfter, of: step, at: path.appending("start_after")))
        for (name, units) in step.uses.sorted(by: { $0.key < $1.key }) {
            let usePath = path.appending("uses").appending(name)
            guard let capacity = document.resources[name] else {
                let known = resourceNames.isEmpty ? "none" : resourceNames.joined(separator: ", ")
                report(usePath, "unknown resource '\(name)' (declared: \(known))")
                continue
            }
            if units < 0 {
                report(usePath, "demand \(units) is negative")
            } else if units > capacity {
                report(usePath, "demand \(units) of '\(name)' exceeds its capacity \(capacity)")
            }
        }
        for (name, units) in step.units.sorted(by: { $0.key < $1.key }) {
            let unitPath = path.appending("units").appending(name)
            if document.resources[name] == nil {
                report(unitPath, "unknown resource '\(name)'")
            } else if units.count != step.uses[name] ?? 0 {
                report(
                    unitPath,
                    "names \(units.count) units of '\(name)' but uses \(step.uses[name] ?? 0)")
            }
            var seen: Set<String> = []
            for (position, unit) in units.enumerated() {
                if !Self.isValidIdentifier(unit) {
                    report(
                        unitPath.appending(position),
                        "invalid unit name '\(unit)' (a letter or digit, then letters, digits, '_', '.', '-')"
                    )
                } else if !seen.insert(unit).inserted {
                    report(unitPath.appending(position), "unit '\(unit)' is named twice")
                }
            }
        }
        if let timeout = step.timeout, !(timeout > 0 && timeout.isFinite) {
            report(path.appending("timeout"), "timeout must be a positive number of seconds")
        }
        if step.retries < 0 { report(path.appending("retries"), "retries must be 0 or more") }
        if let delay = step.retryDelay, !(delay >= 0 && delay.isFinite) {
            report(path.appending("retry_delay"), "retry_delay must be 0 or more seconds")
        }
        if let start = step.plannedStart, !start.isFinite {
            report(path.appending("planned_start"), "planned_start must be a finite number")
        }
        if let duration = step.plannedDuration, !(duration >= 0 && duration.isFinite) {
            report(path.appending("planned_duration"), "planned_duration must be 0 or more")
        }
        for (position, output) in step.outputs.enumerated() where output.isEmpty {
            report(path.appending("outputs").appending(position), "empty output path")
        }
        for (position, input) in step.inputs.enumerated() where input.isEmpty {
            report(path.appending("inputs").appending(position), "empty input path")
        }
    }

    /// The indices of the steps `ids` names (each once), reporting unknown ones and `step`
    /// itself at `path`.
    private mutating func stepIndices(_ ids: [String], of step: WorkflowStep, at path: JSONPath)
        -> [Int32]
    {
        var seen: Set<Int32> = []
        var indices: [Int32] = []
        for (position, id) in ids.enumerated() {
            guard let index = stepIndex[id] else {
                report(path.appending(position), "unknown step '\(id)'")
                continue
            }
            if id == step.id {
                report(path.appending(position), "step '\(id)' waits for itself")
            } else if seen.insert(Int32(index)).inserted {
                indices.append(Int32(index))
            }
        }
        return indices
    }

    /// Kahn's algorithm over both kinds of waiting (a step cannot start before a step that
    /// waits for it has started); on a cycle, reports one cycle found by walking back from a step
    /// that was never released.
    private mutating func checkAcyclic(_ stepsPath: JSONPath) {
        let count = document.steps.count
        let waitsFor = zip(predecessors, startPredecessors).map { $0 + $1 }
        var remaining = waitsFor.map { Int32($0.count) }
        let (offsets, list) = Self.successorRows(of: waitsFor)
        var queue = (0..<count).filter { remaining[$0] == 0 }
        var head = 0
        while head < queue.count {
            let step = queue[head]
            head += 1
            for successor in list[Int(offsets[step])..<Int(offsets[step + 1])] {
                remaining[Int(successor)] -= 1
                if remaining[Int(successor)] == 0 { queue.append(Int(successor)) }
            }
        }
        guard queue.count < count, let start = (0..<count).first(where: { remaining[$0] > 0 })
        else { return }
        var order: [Int] = []
        var position: [Int: Int] = [:]
        var step = start
        while position[step] == nil {
            position[step] = order.count
            order.append(step)
            guard let next = waitsFor[step].first(where: { remaining[Int($0)] > 0 }) else {
                return
            }
            step = Int(next)
        }
        let cycle = order[(position[step] ?? 0)...].reversed().map { document.steps[$0].id }
        report(
            stepsPath.appending(step).appending("after"),
            "cycle: \((cycle + [cycle[0]]).joined(separator: " -> "))")
    }

    /// The steps waiting for each step, in compressed rows, from the steps each one waits for.
    private static func successorRows(of predecessors: [[Int32]]) -> (
        offsets: [Int32], list: [Int32]
    ) {
        let count = predecessors.count
        var offsets = [Int32](repeating: 0, count: count + 1)
        for before in predecessors {
            for predecessor in before { offsets[Int(predecessor) + 1] += 1 }
        }
        for index in 0..<count { offsets[index + 1] += offsets[index] }
        var fill = offsets
        var list = [Int32](repeating: 0, count: Int(offsets[count]))
        for (step, before) in predecessors.enumerated() {
            for predecessor in before {
                list[Int(fill[Int(predecessor)])] = Int32(step)
                fill[Int(predecessor)] += 1
            }
        }
        return (offsets, list)
    }

    /// The dense form of the checked document.
    func build(source: WorkflowSource) -> ExecutableWorkflow {
        let count = document.steps.count
        var demands = [Int](repeating: 0, count: count * resourceNames.count)
        for (step, content) in document.steps.enumerated() {
            for (resource, name) in resourceNames.enumerated() {
                demands[step * resourceNames.count + resource] = content.uses[name] ?? 0
            }
        }
        let order = (0..<count).sorted {
            let left = document.steps[$0].plannedStart ?? .infinity
            let right = document.steps[$1].plannedStart ?? .infinity
            return left != right ? left < right : $0 < $1
        }
        var priority = [Int32](repeating: 0, count: count)
        for (rank, step) in order.enumerated() { priority[step] = Int32(rank) }
        let (offsets, list) = Self.successorRows(of: predecessors)
        let (startOffsets, startList) = Self.successorRows(of: startPredecessors)
        let held = document.steps.map { step in
            step.units.flatMap { resource, units in units.map { "\(resource)/\($0)" } }
        }
        let unitNames = Set(held.joined()).sorted()
        let unitIndex = Dictionary(
            uniqueKeysWithValues: unitNames.enumerated().map { ($1, Int32($0)) })
        return ExecutableWorkflow(
            document: document, source: source, resourceNames: resourceNames,
            capacities: resourceNames.map { document.resources[$0] ?? 0 }, demands: demands,
            successorOffsets: offsets, successorList: list,
            predecessorCounts: predecessors.map { Int32($0.count) },
            startSuccessorOffsets: startOffsets, startSuccessorList: startList,
            startPredecessorCounts: startPredecessors.map { Int32($0.count) }, priority: priority,
            unitNames: unitNames,
            unitsHeld: held.map { names in names.compactMap { unitIndex[$0] } })
    }
}
