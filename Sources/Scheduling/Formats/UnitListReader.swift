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
/// is an ``InstanceError`` at the offending node.
public struct UnitListReader: Sendable {
    /// The file named in errors.
    public let file: String

    /// A reader whose errors name `file`.
    public init(file: String) {
        self.file = file
    }

    /// The units of a pool.
    public func units(_ node: Node) throws(InstanceError) -> [ResourceUnit] {
        var units: [ResourceUnit] = []
        var seen: Set<String> = []
        func add(_ nameNode: Node, skills: [String]) throws(InstanceError) {
            let name = try word(nameNode, "a unit name")
            guard seen.insert(name).inserted else {
                throw fail("unit '\(name)' is named twice", at: nameNode)
            }
            units.append(ResourceUnit(name: name, skills: skills))
        }
        if let list = node.sequence {
            for item in list { try add(item, skills: []) }
        } else if let mapping = node.mapping {
            for (key, value) in mapping {
                guard let skills = value.sequence else {
                    throw fail("expected the unit's skills as a list", at: value)
                }
                var skillNames: [String] = []
                for skill in skills { skillNames.append(try word(skill, "a skill")) }
                try add(key, skills: skillNames)
            }
        } else {
            throw fail("expected the units as a list of names or a mapping to skills", at: node)
        }
        guard !units.isEmpty else { throw fail("a pool needs at least one unit", at: node) }
        return units
    }

    /// A demand on `pool` given as a list or mapping (a plain count is an integer): how
    /// many units, and which may serve it (`nil`: any).
    public func demand(_ node: Node, pool: Resource) throws(InstanceError) -> (
        count: Int, eligible: [Int]?
    ) {
        guard !pool.units.isEmpty else {
            throw fail("'\(pool.name)' has no named units: give its demand as a number", at: node)
        }
        if let list = node.sequence {
            return (1, try alternatives(list, at: node, pool: pool))
        }
        guard let mapping = node.mapping else {
            throw fail("expected a count, a list of units or {count, skill | units}", at: node)
        }
        var count = 1
        var eligible: [Int]?
        for (key, value) in mapping {
            switch key.string {
            case "count":
                guard let text = value.scalar?.string, let number = Int(text), number > 0 else {
                    throw fail("expected count as a positive whole number", at: value)
                }
                count = number
            case "skill" where eligible == nil:
                let skill = try word(value, "a skill")
                eligible = pool.units.indices.filter { pool.units[$0].skills.contains(skill) }
                guard eligible?.isEmpty == false else {
                    throw fail("no unit of '\(pool.name)' has skill '\(skill)'", at: value)
                }
            case "units" where eligible == nil:
                guard let list = value.sequence else {
                    throw fail("expected units as a list of names", at: value)
                }
                eligible = try alternatives(list, at: value, pool: pool)
            case "skill", "units":
                throw fail("give either 'skill' or 'units', not both", at: key)
            default:
                throw fail(
                    "unknown key '\(key.string ?? "?")' (expected: count, skill, units)", at: key)
            }
        }
        let available = eligible?.count ?? pool.units.count
        guard count <= available else {
            throw fail(
                "asks for \(count) units of '\(pool.name)' but only \(available) may serve",
                at: node)
        }
        return (count, eligible)
    }

    private func alternatives(
        _ list: Node.Sequence, at node: Node, pool: Resource
    ) throws(InstanceError) -> [Int] {
        var eligible: [Int] = []
        for item in list {
            let name = try word(item, "a unit name")
            guard let unit = pool.units.firstIndex(where: { $0.name == name }) else {
                let known = pool.units.map(\.name).joined(separator: ", ")
                throw fail("'\(pool.name)' has no unit '\(name)' (units: \(known))", at: item)
            }
            eligible.append(unit)
        }
        guard !eligible.isEmpty else { throw fail("the list of units is empty", at: node) }
        return Array(Set(eligible)).sorted()
    }

    private func word(_ node: Node, _ what: String) throws(InstanceError) -> String {
        guard let text = node.scalar?.string, Self.isWord(text) else {
            throw fail(
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

    private func fail(_ message: String, at node: Node) -> InstanceError {
        InstanceError(
            file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
            message: message)
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
