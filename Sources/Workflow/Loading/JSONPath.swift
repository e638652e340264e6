import SourceText

/// A path to a value inside a JSON document, printed as `$.steps[3].after[0]`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path: an object member or an array element.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The steps from the document's root to the value.
    public var components: [Component]

    /// The path of the document's root value, `$`.
    public static let root = JSONPath(components: [])

    /// Creates a path from its components.
    public init(components: [Component]) {
        self.components = components
    }

    /// The path of the member `key` of the object at this path.
    public func appending(_ key: String) -> JSONPath {
        JSONPath(components: components + [.key(key)])
    }

    /// The path of element `index` of the array at this path.
    public func appending(_ index: Int) -> JSONPath {
        JSONPath(components: components + [.index(index)])
    }

    /// The path in the usual `$.key[index]` notation.
    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .key(let key):
                let plain = key.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
                }
                text += plain && !key.isEmpty ? ".\(key)" : "[\"\(key)\"]"
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}

extension JSONValue {
    /// The value at `path` below this one, or the deepest value on the way that exists (for
    /// pointing at a missing member's object).
    func deepestValue(along path: JSONPath) -> JSONValue {
        var value = self
        for component in path.components {
            let next: JSONValue?
            switch component {
            case .key(let key): next = value[key]
            case .index(let index):
                next = value.array.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            }
            guard let next else { break }
            value = next
        }
        return value
    }
}
