import PDDL
import Scheduling
import SourceText
import Yams

/// Reads one entry under `actions:` (or `defaults:`) of a scenario into an ``ActionProfile``.
struct ProfileReader {
    let yaml: YAMLReader
    let domain: Domain
    let resources: [Resource]

    /// The parameters of the plain or durative action `name`, or nil when there is none.
    func parameters(ofAction name: String) -> [TypedVariable]? {
        if let action = domain.actions.first(where: { $0.name == name }) {
            return action.parameters
        }
        return domain.durativeActions.first { $0.name == name }?.parameters
    }

    /// Reads a profile; `action` is nil for the defaults, which may not name parameters.
    func profile(
        _ node: Node, action: String?, parameters: [TypedVariable]
    ) throws(any Error) -> ActionProfile {
        var duration: NumericExpression?
        var uses: [ResourceUse] = []
        var alternatives: [ActionAlternative] = []
        var commandNode: Node?
        let isDurative = action.map { name in domain.durativeActions.contains { $0.name == name } }
        let entries = try yaml.entries(
            yaml.mapping(node, "the action's profile"), allowed: ScenarioLoader.actionKeys)
        for entry in entries {
            switch entry.key {
            case "duration":
                duration = try self.duration(
                    entry, action: action, isDurative: isDurative, parameters: parameters)
            case "uses":
                uses = try demands(entry.value)
            case "alternatives":
                if let single = entries.first(where: { $0.key == "duration" || $0.key == "uses" }) {
                    throw yaml.fail(
                        "give either 'alternatives' or '\(single.key)', not both",
                        at: single.keyNode)
                }
                alternatives = try self.alternatives(
                    entry.value, action: action, isDurative: isDurative, parameters: parameters)
            default:
                commandNode = entry.value
            }
        }
        // The command may name the units of the pools of named units used, read above.
        let used = (uses + alternatives.flatMap(\.uses)).map { resources[$0.resource] }
            .filter { !$0.units.isEmpty }.map(\.name)
        let command = try commandNode.map { (node) throws(Diagnostic) in
            try self.command(node, parameters: parameters, resources: used)
        }
        var profile = ActionProfile(duration: duration, uses: uses, command: command)
        profile.alternatives = alternatives
        return profile
    }

    /// `alternatives:`, a non-empty list of `{duration, uses}`.
    private func alternatives(
        _ node: Node, action: String?, isDurative: Bool?, parameters: [TypedVariable]
    ) throws(any Error) -> [ActionAlternative] {
        guard let list = node.sequence, !list.isEmpty else {
            throw yaml.fail("expected the alternatives as a non-empty list", at: node)
        }
        var alternatives: [ActionAlternative] = []
        for item in list {
            var alternative = ActionAlternative(duration: nil, uses: [])
            for entry in try yaml.entries(
                yaml.mapping(item, "an alternative"), allowed: ["duration", "uses"])
            {
                if entry.key == "duration" {
                    alternative.duration = try duration(
                        entry, action: action, isDurative: isDurative, parameters: parameters)
                } else {
                    alternative.uses = try demands(entry.value)
                }
            }
            alternatives.append(alternative)
        }
        return alternatives
    }

    /// A `duration:` entry, refused for durative actions (the domain gives theirs).
    private func duration(
        _ entry: (key: String, keyNode: Node, value: Node), action: String?, isDurative: Bool?,
        parameters: [TypedVariable]
    ) throws(any Error) -> NumericExpression {
        if isDurative == true {
            throw yaml.fail(
                "'\(action ?? "")' is a durative action: its duration comes from the domain",
                at: entry.keyNode)
        }
        return try duration(entry.value, parameters: parameters)
    }

    private func duration(
        _ node: Node, parameters: [TypedVariable]
    ) throws(any Error) -> NumericExpression {
        let text = try yaml.string(node, "a duration")
        if let value = Double(text) {
            guard value.isFinite, value >= 0 else {
                throw yaml.fail("a duration must be a finite number ≥ 0", at: node)
            }
            return NumericExpression(.number(value))
        }
        do {
            return try PDDLParser.parseNumericExpression(
                text, parameters: parameters, domain: domain, fileName: yaml.file)
        } catch {
            let first = error.diagnostics.first
            throw yaml.fail(
                first?.message ?? "bad duration", at: node,
                textColumn: Int(first?.location.column ?? 1))
        }
    }

    private func demands(_ node: Node) throws(Diagnostic) -> [ResourceUse] {
        var result: [ResourceUse] = []
        for entry in try yaml.entries(yaml.mapping(node, "the resources used")) {
            guard let index = resources.firstIndex(where: { $0.name == entry.key }) else {
                let known = resources.map(\.name).joined(separator: ", ")
                throw yaml.fail(
                    "unknown resource '\(entry.key)' (declared: \(known.isEmpty ? "none" : known))",
                    at: entry.keyNode)
            }
            guard entry.value.scalar != nil else {
                let demand = try UnitListReader(yaml: yaml).demand(
                    entry.value, pool: resources[index])
                result.append(
                    ResourceUse(resource: index, units: demand.count, eligible: demand.eligible))
                continue
            }
            let units = try yaml.positiveInteger(entry.value, "the units of '\(entry.key)'")
            guard units <= resources[index].capacity else {
                throw yaml.fail(
                    "uses \(units) '\(entry.key)' but its capacity is \(resources[index].capacity)",
                    at: entry.value)
            }
            result.append(ResourceUse(resource: index, units: units))
        }
        return result
    }

    private func command(
        _ node: Node, parameters: [TypedVariable], resources: [String]
    ) throws(Diagnostic) -> CommandTemplate {
        let text = try yaml.string(node, "a command")
        do {
            return try CommandTemplate(
                text, parameters: parameters.map(\.name), resources: resources)
        } catch {
            throw yaml.fail(error.message, at: node, textColumn: error.offset + 1)
        }
    }
}
