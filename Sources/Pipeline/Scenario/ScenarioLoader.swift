import Foundation
import PDDL
import Scheduling
import SourceText
import Yams

/// Reads a scenario file (YAML) and the PDDL files it names, and checks them against each
/// other: action names, parameters used in durations and commands, resources and demands.
///
/// Every mistake is a ``Diagnostic`` at the scenario file's line and column (or the PDDL
/// file's, for errors in the domain or problem).
public enum ScenarioLoader {
    static let topLevelKeys = [
        "domain", "problem", "resources", "actions", "defaults", "objective", "limits",
        "planner",
    ]
    static let actionKeys = ["duration", "uses", "alternatives", "run"]

    /// Loads and checks the scenario at `path`.
    public static func load(contentsOf path: String) throws(any Error) -> Scenario {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Diagnostic(file: path, location: .unknown, message: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw Diagnostic(
                file: path, location: .unknown, message: "cannot read the file as UTF-8 text")
        }
        return try load(text, path: path)
    }

    /// Loads and checks a scenario whose text is `text`; PDDL paths are relative to `path`.
    public static func load(_ text: String, path: String) throws(any Error) -> Scenario {
        let yaml = YAMLReader(file: path)
        let root = try yaml.compose(text)
        let fields = try yaml.mapping(root, "the scenario")
        try yaml.checkKeys(fields, allowed: topLevelKeys)
        func required(_ key: String) throws(Diagnostic) -> Node {
            try yaml.required(fields, key, in: root)
        }

        let directory = (path as NSString).deletingLastPathComponent
        let domainPath = resolve(
            try yaml.string(required("domain"), "the domain file"), in: directory)
        let problemPath = resolve(
            try yaml.string(required("problem"), "the problem file"), in: directory)
        for (key, file) in [("domain", domainPath), ("problem", problemPath)]
        where !FileManager.default.fileExists(atPath: file) {
            throw yaml.fail("\(key) file '\(file)' does not exist", at: try required(key))
        }
        let domain = try PDDLParser.parseDomain(contentsOf: domainPath)
        let problem = try PDDLParser.parseProblem(contentsOf: problemPath, domain: domain)

        var resources: [Resource] = []
        if let node = fields["resources"] {
            for entry in try yaml.entries(yaml.mapping(node, "resources")) {
                if entry.value.scalar != nil {
                    let capacity = try yaml.positiveInteger(
                        entry.value, "the capacity of '\(entry.key)'",
                        maximum: SchedulingLimits.maximumQuantity)
                    resources.append(Resource(name: entry.key, capacity: capacity))
                } else {
                    let units = try UnitListReader(yaml: yaml).units(entry.value)
                    resources.append(
                        Resource(name: entry.key, capacity: units.count, units: units))
                }
            }
        }

        let reader = ProfileReader(yaml: yaml, domain: domain, resources: resources)
        var actions: [String: ActionProfile] = [:]
        if let node = fields["actions"] {
            for entry in try yaml.entries(yaml.mapping(node, "actions")) {
                let name = entry.key.lowercased()
                guard let parameters = reader.parameters(ofAction: name) else {
                    throw yaml.fail("the domain has no action '\(entry.key)'", at: entry.keyNode)
                }
                actions[name] = try reader.profile(
                    entry.value, action: name, parameters: parameters)
            }
        }
        let defaults =
            try fields["defaults"].map { (node) throws(any Error) in
                try reader.profile(node, action: nil, parameters: [])
            } ?? ActionProfile(duration: NumericExpression(.number(1)), uses: [], command: nil)

        var objective = Scenario.Objective.makespan
        if let node = fields["objective"] {
            let value = try yaml.string(node, "the objective")
            guard let parsed = Scenario.Objective(rawValue: value) else {
                let known = Scenario.Objective.allCases.map(\.rawValue).joined(separator: ", ")
                throw yaml.fail("unknown objective '\(value)' (expected: \(known))", at: node)
            }
            objective = parsed
        }

        var timeLimit: Double?
        if let node = fields["limits"] {
            for entry in try yaml.entries(yaml.mapping(node, "limits"), allowed: ["time"]) {
                timeLimit = try yaml.positiveNumber(entry.value, "the time limit in seconds")
            }
        }

        var scenario = Scenario(
            path: path, domainPath: domainPath, problemPath: problemPath, domain: domain,
            problem: problem, resources: resources, actions: actions, defaults: defaults,
            objective: objective, timeLimit: timeLimit)
        if let node = fields["planner"] {
            scenario.planner = try plannerSettings(node, yaml: yaml)
        }
        return scenario
    }

    /// `planner: {search: sat|opt, anytime: true|false}`.
    private static func plannerSettings(_ node: Node, yaml: YAMLReader) throws(Diagnostic)
        -> PlannerSettings
    {
        var settings = PlannerSettings()
        for entry in try yaml.entries(
            yaml.mapping(node, "the planner settings"), allowed: ["search", "anytime"])
        {
            if entry.key == "search" {
                let value = try yaml.string(entry.value, "the search")
                guard let search = PlannerSettings.Search(rawValue: value) else {
                    throw yaml.fail(
                        "unknown search '\(value)' (expected: sat, opt)", at: entry.value)
                }
                settings.search = search
            } else {
                guard let anytime = entry.value.scalar.flatMap(Bool.construct) else {
                    throw yaml.fail("expected anytime as true or false", at: entry.value)
                }
                settings.anytime = anytime
            }
        }
        if settings.anytime && settings.search == .opt {
            throw yaml.fail("anytime applies to search: sat only", at: node)
        }
        return settings
    }

    private static func resolve(_ file: String, in directory: String) -> String {
        file.hasPrefix("/") || directory.isEmpty ? file : directory + "/" + file
    }
}
