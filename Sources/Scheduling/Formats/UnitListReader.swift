public import SourceText
public import Yams

/// Reads the YAML shapes of named units, shared by the scheduling format and scenarios:
///
/// - a pool's units: a list of names, `[ana, ben]`, or names with their skills,
///   `{ana: [weld, paint], ben: [weld]}`;
/// - a demand on a pool: a list of alternatives, `[ana, ben]` (one of them), or a mapping
///   `{count: 2, skill: weld}` or `{count: 1, units: [ana, ben]}` (`count` defaults to 1).
///
/// A unit name or skill is a word of letters, digits, `_`, `.` and `-` that starts with a
/// letter or digit (it becomes a command argument and an environment value). Every error
/// is a ``Diagnostic`` at the offending node.
public struct UnitListReader: Sendable {
    /// The reader of the document the units are in.
    public let yaml: YAMLReader

    /// A reader of the units in the document `yaml` reads.
    public init(yaml: YAMLReader) {
        self.yaml = yaml
    }

    /// The units of a pool.
    public func units(_ node: Node) throws(Diagnostic) -> [ResourceUnit] {
        var units: [ResourceUnit] = []
        var seen: Set<String> = []
        func add(_ nameNode: Node, skills: [String]) throws(Diagnostic) {
            let name = try word(nameNode, "a unit name")
            guard seen.insert(name).inserted else {
                throw yaml.fail("unit '\(name)' is named twice", at: nameNode)
            }
            units.append(ResourceUnit(name: name, skills: skills))
        }
        if let list = node.sequence {
            for item in list { try add(item, skills: []) }
        } else if let mapping = node.mapping {
            for (key, value) in mapping {
                guard let skills = value.sequence else {
                    throw yaml.fail("expected the unit's skills as a list", at: value)
                }
                var skillNames: [String] = []
                for skill in skills { skillNames.append(try word(skill, "a skill")) }
                try add(key, skills: skillNames)
            }
        } else {
            throw yaml.fail(
                "expected the units as a list of names or a mapping to skills", at: node)
        }
        guard !units.isEmpty else { throw yaml.fail("a pool needs at least one unit", at: node) }
        return units
    }

    /// A demand on `pool` given as a list or mapping (a plain count is an integer): how
    /// many units, and which may serve it (`nil`: any).
    public func demand(_ node: Node, pool: Resource) throws(Diagnostic) -> (
        count: Int, eligible: [Int]?
    ) {
        guard !pool.units.isEmpty else {
            throw yaml.fail(
                "'\(pool.name)' has no named units: give its demand as a number", at: node)
        }
        if let list = node.sequence {
            return (1, try alternatives(list, at: node, pool: pool))
        }
        guard let mapping = node.mapping else {
            throw yaml.fail("expected a count, a list of units or {count, skill | units}", at: node)
        }
        var count = 1
        var eligible: [Int]?
        for (key, keyNode, value) in try yaml.entries(
            mapping, allowed: ["count", "skill", "units"])
        {
            switch key {
            case "count":
                count = try yaml.positiveInteger(value, "count")
            case "skill" where eligible == nil:
                let skill = try word(value, "a skill")
                eligible = pool.units.indices.filter { pool.units[$0].skills.contains(skill) }
                guard eligible?.isEmpty == false else {
                    throw yaml.fail("no unit of '\(pool.name)' has skill '\(skill)'", at: value)
                }
            case "units" where eligible == nil:
                guard let list = value.sequence else {
                    throw yaml.fail("expected units as a list of names", at: value)
                }
                eligible = try alternatives(list, at: value, pool: pool)
            default:
                throw yaml.fail("give either 'skill' or 'units', not both", at: keyNode)
            }
        }
        let available = eligible?.count ?? pool.units.count
        guard count <= available else {
            throw yaml.fail(
                "asks for \(count) units of '\(pool.name)' but only \(available) may serve",
                at: node)
        }
        return (count, eligible)
    }

    private func alternatives(
        _ list: Node.Sequence, at node: Node, pool: Resource
    ) throws(Diagnostic) -> [Int] {
        var eligible: [Int] = []
        for item in list {
            let name = try word(item, "a unit name")
            guard let unit = pool.units.firstIndex(where: { $0.name == name }) else {
                let known = pool.units.map(\.name).joined(separator: ", ")
                throw yaml.fail("'\(pool.name)' has no unit '\(name)' (units: \(known))", at: item)
            }
            eligible.append(unit)
        }
        guard !eligible.isEmpty else { throw yaml.fail("the list of units is empty", at: node) }
        return Array(Set(eligible)).sorted()
    }

    private func word(_ node: Node, _ what: String) throws(Diagnostic) -> String {
        guard let text = node.scalar?.string, Self.isWord(text) else {
            throw yaml.fail(
                "expected \(what): letters, digits, '_', '.', '-', starting with a letter or digit",
                at: node)
        }
        return text
    }

    /// Whether `text` is a valid unit name or skill.
    public static func isWord(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIIAlphanumeric else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            $0.isASCIIAlphanumeric || "_.-".unicodeScalars.contains($0)
        }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
