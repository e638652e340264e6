/// A JSON value with the line and column where it starts, for error messages that point
/// into the file.
public struct JSONValue: Sendable {
    /// The kinds of JSON values.
    public enum Kind: Sendable {
        case object([(key: String, value: JSONValue)])
        case array([JSONValue])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// What the value is, with its contents.
    public let kind: Kind
    /// 1-based line of the value's first character.
    public let line: Int
    /// 1-based column of the value's first character.
    public let column: Int

    /// The member `key` of an object, if this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text of a string value.
    public var string: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The elements of an array value.
    public var array: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// Whether the value is an object.
    public var isObject: Bool {
        if case .object = kind { return true }
        return false
    }
}
