import SourceText
import Yams

/// Reads Werkvloei's own scheduling format, YAML or JSON (JSON is read as YAML): resources,
/// activities with modes, precedences with lags, release dates, deadlines, due dates and
/// the objective. The README documents the format; `Problems/scheduling/` has examples.
///
/// Every error names the line and column of the offending node. Runs in O(file size).
struct WerkvloeiParser {
    let yaml: YAMLReader
    let contents: String

    init(file: String, contents: String) {
        yaml = YAMLReader(file: file)
        self.contents = contents
    }

    func parse(name: String) throws(Diagnostic) -> SchedulingProblem {
        let root = try yaml.compose(contents)
        let top = try yaml.mapping(root, "the document")
        try yaml.checkKeys(
            top, allowed: ["name", "objective", "resources", "activities", "precedences"])

        var problemName = name
        if let node = top["name"] { problemName = try yaml.string(node, "name") }
        var objective = ScheduleObjective.makespan
        if let node = top["objective"] {
            let value = try yaml.string(node, "objective")
            guard let parsed = ScheduleObjective(rawValue: value) else {
                let names = ScheduleObjective.allCases.map(\.rawValue).joined(separator: ", ")
                throw yaml.fail(
                    "unknown objective '\(value)' (expected one of: \(names))", at: node)
            }
            objective = parsed
        }

        var resources: [Resource] = []
        var resourceIndex: [String: Int] = [:]
        if let node = top["resources"] {
            for entry in try yaml.sequence(node, "resources") {
                let fields = try yaml.mapping(entry, "a resource")
                try yaml.checkKeys(fields, allowed: ["name", "kind", "capacity", "cost", "units"])
                let resourceName = try yaml.string(yaml.required(fields, "name", in: entry), "name")
                guard resourceIndex[resourceName] == nil else {
                    throw yaml.fail("resource '\(resourceName)' is defined twice", at: entry)
                }
                var kind = Resource.Kind.renewable
                if let kindNode = fields["kind"] {
                    let value = try yaml.string(kindNode, "kind")
                    guard let parsed = Resource.Kind(rawValue: value) else {
                        throw yaml.fail(
                            "unknown resource kind '\(value)' (renewable, nonrenewable)",
                            at: kindNode)
                    }
                    kind = parsed
                }
                let units = try fields["units"].map { (node) throws(Diagnostic) in
                    try UnitListReader(yaml: yaml).units(node)
                }
                if units != nil, kind != .renewable {
                    throw yaml.fail("only a renewable resource has named units", at: entry)
                }
                let capacity: Int
                if let units {
                    capacity = units.count
                    if let node = fields["capacity"], try integer(node, "capacity") != capacity {
                        throw yaml.fail(
                            "the capacity differs from the \(capacity) units named", at: node)
                    }
                } else {
                    capacity = try integer(
                        yaml.required(fields, "capacity", in: entry), "capacity",
                        maximum: SchedulingLimits.maximumQuantity)
                }
                let cost =
                    try fields["cost"].map { (node) throws(Diagnostic) in
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
        let activityNodes = try yaml.sequence(
            yaml.required(top, "activities", in: root), "activities")
        for entry in activityNodes {
            let fields = try yaml.mapping(entry, "an activity")
            try yaml.checkKeys(
                fields,
                allowed: [
                    "id", "duration", "demands", "modes", "release", "deadline", "due", "weight",
                ])
            let id = try yaml.string(yaml.required(fields, "id", in: entry), "id")
            guard activityIndex[id] == nil else {
                throw yaml.fail("activity '\(id)' is defined twice", at: entry)
            }
            var modes: [Mode] = []
            if let modesNode = fields["modes"] {
                if fields["duration"] != nil || fields["demands"] != nil {
                    throw yaml.fail(
                        "give either 'modes' or 'duration'/'demands', not both", at: entry)
                }
                for modeNode in try yaml.sequence(modesNode, "modes") {
                    let modeFields = try yaml.mapping(modeNode, "a mode")
                    try yaml.checkKeys(modeFields, allowed: ["duration", "demands"])
                    modes.append(
                        try mode(
                            modeFields, at: modeNode, resources: resources, index: resourceIndex))
                }
                guard !modes.isEmpty else {
                    throw yaml.fail("an activity needs at least one mode", at: modesNode)
                }
            } else {
                modes.append(
                    try mode(fields, at: entry, resources: resources, index: resourceIndex))
            }
            let release =
                try fields["release"].map { (node) throws(Diagnostic) in
                    try integer(node, "release")
                } ?? 0
            let deadline = try fields["deadline"].map { (node) throws(Diagnostic) in
                try integer(node, "deadline")
            }
            let due = try fields["due"].map { (node) throws(Diagnostic) in
                try integer(node, "due")
            }
            let weight =
                try fields["weight"].map { (node) throws(Diagnostic) in
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
            for entry in try yaml.sequence(node, "precedences") {
                let fields = try yaml.mapping(entry, "a precedence")
                try yaml.checkKeys(fields, allowed: ["from", "to", "min-lag", "max-lag"])
                let from = try reference(yaml.required(fields, "from", in: entry), activityIndex)
                let to = try reference(yaml.required(fields, "to", in: entry), activityIndex)
                guard from != to else {
                    throw yaml.fail("an activity cannot precede itself", at: entry)
                }
                let minimumLag =
                    try fields["min-lag"].map { (node) throws(Diagnostic) in
                        try integer(node, "min-lag", minimum: -SchedulingLimits.maximumTime)
                    } ?? 0
                let maximumLag = try fields["max-lag"].map { (node) throws(Diagnostic) in
                    try integer(node, "max-lag", minimum: -SchedulingLimits.maximumTime)
                }
                if let maximumLag, maximumLag < minimumLag {
                    throw yaml.fail(
                        "max-lag \(maximumLag) is below min-lag \(minimumLag)", at: entry)
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
    ) throws(Diagnostic) -> Mode {
        let duration = try integer(yaml.required(fields, "duration", in: node), "duration")
        var demands = [Int](repeating: 0, count: resources.count)
        var choices: [UnitChoice] = []
        if let demandNode = fields["demands"] {
            for (key, value) in try yaml.mapping(demandNode, "demands") {
                let resource = try yaml.string(key, "resource name")
                guard let position = index[resource] else {
                    throw yaml.fail("unknown resource '\(resource)'", at: key)
                }
                if value.scalar != nil {
                    demands[position] = try integer(
                        value, "demand", maximum: SchedulingLimits.maximumQuantity)
                    continue
                }
                let demand = try UnitListReader(yaml: yaml).demand(
                    value, pool: resources[position])
                demands[position] = demand.count
                if let eligible = demand.eligible {
                    choices.append(UnitChoice(resource: position, eligible: eligible))
                }
            }
        }
        return Mode(duration: duration, demands: demands, unitChoices: choices)
    }

    private func reference(_ node: Node, _ index: [String: Int]) throws(Diagnostic) -> Int {
        let id = try yaml.string(node, "activity id")
        guard let found = index[id] else { throw yaml.fail("unknown activity '\(id)'", at: node) }
        return found
    }

    /// The integer at `node`, in `minimum...maximum` (by default the limit of a duration or
    /// date, ``SchedulingLimits/maximumTime``).
    private func integer(
        _ node: Node, _ what: String, minimum: Int = 0,
        maximum: Int = SchedulingLimits.maximumTime
    ) throws(Diagnostic) -> Int {
        try yaml.integer(node, what, minimum: minimum, maximum: maximum)
    }
}
