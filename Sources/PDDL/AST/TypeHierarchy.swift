public import SourceText

/// The types of a domain: dense ids, names and supertypes. Id 0 is always `object`.
public struct TypeHierarchy: Sendable, Hashable {
    /// The id of the root type `object`.
    public static let object = 0

    /// The name of each type, indexed by type id.
    public private(set) var names: [String] = ["object"]
    /// The direct supertypes of each type (one, or several for `(either …)`); empty for `object`.
    public private(set) var parents: [[Int]] = [[]]
    /// Where each type was declared (unknown for `object`).
    public private(set) var locations: [SourceLocation] = [.unknown]

    /// A hierarchy holding only `object`.
    public init() {}

    /// The number of types.
    public var count: Int { names.count }

    /// The id of the type named `name`, if declared. O(types).
    public func id(of name: String) -> Int? { names.firstIndex(of: name) }

    /// Adds a type (its parents are set with ``addParent(_:to:)``) and returns its id.
    public mutating func add(_ name: String, location: SourceLocation) -> Int {
        names.append(name)
        parents.append([])
        locations.append(location)
        return names.count - 1
    }

    /// Records `parent` as a direct supertype of `type` (once). A more specific parent replaces
    /// the implicit `object`.
    public mutating func addParent(_ parent: Int, to type: Int) {
        if parents[type] == [Self.object] && parent != Self.object {
            parents[type] = [parent]
        } else if !parents[type].contains(parent) {
            parents[type].append(parent)
        }
    }

    /// Whether `type` is `ancestor` or one of its (transitive) subtypes. O(types) worst case;
    /// cycles in a malformed hierarchy terminate.
    public func isSubtype(_ type: Int, of ancestor: Int) -> Bool {
        if type == ancestor || ancestor == Self.object { return true }
        var visited = [Bool](repeating: false, count: names.count)
        var stack = [type]
        while let current = stack.popLast() {
            if current == ancestor { return true }
            if visited[current] { continue }
            visited[current] = true
            stack.append(contentsOf: parents[current])
        }
        return false
    }

    /// Equal when the names and supertypes are (locations are provenance, not content).
    public static func == (lhs: TypeHierarchy, rhs: TypeHierarchy) -> Bool {
        lhs.names == rhs.names && lhs.parents == rhs.parents
    }

    /// Hashes the names and supertypes, consistent with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(names)
        hasher.combine(parents)
    }

    /// `type`, its transitive supertypes and `object`, each once. O(types).
    public func ancestors(of type: Int) -> [Int] {
        var visited = [Bool](repeating: false, count: names.count)
        var result: [Int] = []
        var stack = [type, Self.object]
        while let current = stack.popLast() {
            if visited[current] { continue }
            visited[current] = true
            result.append(current)
            stack.append(contentsOf: parents[current])
        }
        return result
    }

    /// Whether an object of the types `types` (it belongs to each) fits a slot declared as
    /// the union `allowed`.
    public func fits(_ types: [Int], in allowed: [Int]) -> Bool {
        types.contains { member in allowed.contains { isSubtype(member, of: $0) } }
    }
}
