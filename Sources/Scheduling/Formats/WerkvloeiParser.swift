import Yams

/// Reads Werkvloei's own scheduling format, YAML or JSON (JSON is read as YAML): resources,
/// activities with modes, precedences with lags, release dates, deadlines, due dates and
/// the objective. The README documents the format; `Problems/scheduling/` has examples.
///
/// Every error names the line and column of the offending node. Runs in O(file size).
struct WerkvloeiParser {
    let file: String
    let contents: String

    func parse(name: String) throws(InstanceError) -> SchedulingProblem {
        let root: Node
        do {
            root = try YAMLComposer.compose(contents)
        } catch {
            throw InstanceError(
                file: file, line: error.line, column: error.column, message: error.message)
        }
        let top = try mapping(root, "the document")
        try checkKeys(
            top, allowed: ["name", "objective", "resources", "activities", "precedences"])

        var problemName = name
        if let node = top["name"] { problemName = try string(node, "name") }
        var objective = ScheduleObjective.makespan
        if let node = top["objective"] {
            let value = try string(node, "objective")
            guard let parsed = ScheduleObjective(rawValue: value) else {
                let names = ScheduleObjective.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown objective '\(value)' (expected one of: \(names))", at: node)
            }
            objective = parsed
        }

        var resources: [Resource] = []
        var resourceIndex: [String: Int] = [:]
        if let node = top["resources"] {
            for entry in try sequence(node, "resources") {
                let fields = try mapping(entry, "a resource")
                try checkKeys(fields, allowed: ["name", "kind", "capacity", "cost", "units"])
                let resourceName = try string(required(fields, "name", in: entry), "name")
                guard resourceIndex[resourceName] == nil else {
                    throw fail("resource '\(resourceName)' is defined twice", at: entry)
                }
                var kind = Resource.Kind.renewable
                if let kindNode = fields["kind"] {
                    let value = try string(kindNode, "kind")
                    guard let parsed = Resource.Kind(rawValue: value) else {
                        throw fail(
                            "unknown resource kind '\(value)' (renewable, nonrenewable)",
                            at: kindNode)
                    }
                    kind = parsed
                }
                let units = try fields["units"].map { (node) throws(InstanceError) in
                    try UnitListReader(file: file).units(node)
                }
                if units != nil, kind != .renewable {
                    throw fail("only a renewable resource has named units", at: entry)
                }
                let capacity: Int
                if let units {
                    capacity = units.count
                    if let node = fields["capacity"], try integer(node, "capacity") != capacity {
                        throw fail(
                            "the capacity differs from the \(capacity) units named", at: node)
                    }
                } else {
                    capacity = try integer(
                        required(fields, "capacity", in: entry), "capacity",
                        maximum: SchedulingLimits.maximumQuantity)
                }
                let cost =
                    try fields["cost"].map { (node) throws(InstanceError) in
                        try integer(node, "cost", maximum: SchedulingLimits.maximumFactor)
                    } ?? 0
                resourceIndex[resourceName] = resources.count
                resources.append(
                    Resource(
                        name: resourceName, kind: kind, capacity: capacity, unitCost: cost,
                        units: units ?? []))
            }
        }

        var activities: [Activity] = []
        var activityIndex: [String: Int] = [:]
        let activityNodes = try sequence(required(top, "activities", in: root), "activities")
        for entry in activityNodes {
            let fields = try mapping(entry, "an activity")
            try checkKeys(
                fields,
                allowed: [
                    "id", "duration", "demands", "modes", "release", "deadline", "due", "weight",
                ])
            let id = try string(required(fields, "id", in: entry), "id")
            guard activityIndex[id] == nil else {
                throw fail("activity '\(id)' is defined twice", at: entry)
            }
            var modes: [Mode] = []
            if let modesNode = fields["modes"] {
                if fields["duration"] != nil || fields["demands"] != nil {
                    throw fail("give either 'modes' or 'duration'/'demands', not both", at: entry)
                }
                for modeNode in try sequence(modesNode, "modes") {
                    let modeFields = try mapping(modeNode, "a mode")
                    try checkKeys(modeFields, allowed: ["duration", "demands"])
                    modes.append(
                        try mode(
                            modeFields, at: modeNode, resources: resources, index: resourceIndex))
                }
                guard !modes.isEmpty else {
                    throw fail("an activity needs at least one mode", at: modesNode)
                }
            } else {
                modes.append(
                    try mode(fields, at: entry, resources: resources, index: resourceIndex))
            }
            let release =
                try fields["release"].map { (node) throws(InstanceError) in
                    try integer(node, "release")
                } ?? 0
            let deadline = try fields["deadline"].map { (node) throws(InstanceError) in
                try integer(node, "deadline")
            }
            let due = try fields["due"].map { (node) throws(InstanceError) in
                try integer(node, "due")
            }
            let weight =
                try fields["weight"].map { (node) throws(InstanceError) in
                    try integer(node, "weight", maximum: SchedulingLimits.maximumFactor)
                } ?? 1
            activityIndex[id] = activities.count
            activities.append(
                Activity(
                    name: id, modes: modes, releaseDate: release, deadline: deadline,
                    dueDate: due, tardinessWeight: weight))
        }

        var precedences: [Precedence] = []
        if let node = top["precedences"] {
            for entry in try sequence(node, "precedences") {
                let fields = try mapping(entry, "a precedence")
                try checkKeys(fields, allowed: ["from", "to", "min-lag", "max-lag"])
                let from = try reference(required(fields, "from", in: entry), activityIndex)
                let to = try reference(required(fields, "to", in: entry), activityIndex)
                guard from != to else { throw fail("an activity cannot precede itself", at: entry) }
                let minimumLag =
                    try fields["min-lag"].map { (node) throws(InstanceError) in
                        try integer(node, "min-lag", minimum: -SchedulingLimits.maximumTime)
                    } ?? 0
                let maximumLag = try fields["max-lag"].map { (node) throws(InstanceError) in
                    try integer(node, "max-lag", minimum: -SchedulingLimits.maximumTime)
                }
                if let maximumLag, maximumLag < minimumLag {
                    throw fail("max-lag \(maximumLag) is below min-lag \(minimumLag)", at: entry)
                }
                precedences.append(
                    Precedence(
                        predecessor: from, successor: to, minimumLag: minimumLag,
                        maximumLag: maximumLag))
            }
        }
        return SchedulingProblem(
            name: problemName, activities: activities, resources: resources,
            precedences: precedences, objective: objective)
    }

    private func mode(
        _ fields: Node.Mapping, at node: Node, resources: [Resource], index: [String: Int]
    ) throws(InstanceError) -> Mode {
        let duration = try integer(required(fields, "duration", in: node), "duration")
        var demands = [Int](repeating: 0, count: resources.count)
        var choices: [UnitChoice] = []
        if let demandNode = fields["demands"] {
            for (key, value) in try mapping(demandNode, "demands") {
                let resource = try string(key, "resource name")
                guard let position = index[resource] else {
                    throw fail("unknown resource '\(resource)'", at: key)
                }
                if value.scalar != nil {
                    demands[position] = try integer(
                        value, "demand", maximum: SchedulingLimits.maximumQuantity)
                    continue
                }
                let demand = try UnitListReader(file: file).demand(
                    value, pool: resources[position])
                demands[position] = demand.count
                if let eligible = demand.eligible {
                    choices.append(UnitChoice(resource: position, eligible: eligible))
                }
            }
        }
        return Mode(duration: duration, demands: demands, unitChoices: choices)
    }

    private func reference(_ node: Node, _ index: [String: Int]) throws(InstanceError) -> Int {
        let id = try string(node, "activity id")
        guard let found = index[id] else { throw fail("unknown activity '\(id)'", at: node) }
        return found
    }

    private func required(
        _ fields: Node.Mapping, _ key: String, in node: Node
    ) throws(InstanceError) -> Node {
        guard let value = fields[key] else { throw fail("missing '\(key)'", at: node) }
        return value
    }

    private func checkKeys(_ fields: Node.Mapping, allowed: Set<String>) throws(InstanceError) {
        for key in fields.keys {
            guard let text = key.string, allowed.contains(text) else {
                let list = allowed.sorted().joined(separator: ", ")
                throw fail("unknown key '\(key.string ?? "?")' (expected: \(list))", at: key)
            }
        }
    }

    private func mapping(_ node: Node, _ what: String) throws(InstanceError) -> Node.Mapping {
        guard let value = node.mapping else {
            throw fail("expected \(what) as a mapping", at: node)
        }
        return value
    }

    private func sequence(_ node: Node, _ what: String) throws(InstanceError) -> Node.Sequence {
        guard let value = node.sequence else { throw fail("expected \(what) as a list", at: node) }
        return value
    }

    private func string(_ node: Node, _ what: String) throws(InstanceError) -> String {
        guard let value = node.scalar?.string, !value.isEmpty else {
            throw fail("expected \(what) as a non-empty string", at: node)
        }
        return value
    }

    /// The integer at `node`, in `minimum...maximum` (by default the limit of a duration or
    /// date, ``SchedulingLimits/maximumTime``).
    private func integer(
        _ node: Node, _ what: String, minimum: Int = 0,
        maximum: Int = SchedulingLimits.maximumTime
    ) throws(InstanceError) -> Int {
        guard let text = node.scalar?.string, let value = Int(text) else {
            throw fail("expected \(what) as an integer", at: node)
        }
        guard value >= minimum else { throw fail("\(what) must be at least \(minimum)", at: node) }
        guard value <= maximum else { throw fail("\(what) must be at most \(maximum)", at: node) }
        return value
    }

    private func fail(_ message: String, at node: Node) -> InstanceError {
        InstanceError(
            file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
            message: message)
    }
}
