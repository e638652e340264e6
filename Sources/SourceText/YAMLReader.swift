public import Yams

/// Reads typed values out of a YAML document (scheduling instances, scenarios), turning
/// every mismatch into a ``Diagnostic`` at the offending node's line and column.
///
/// JSON is read as YAML: a JSON document is a YAML document.
public struct YAMLReader: Sendable {
    /// The file the document was read from, as given by the user.
    public let file: String

    /// A reader of the document in `file`.
    public init(file: String) {
        self.file = file
    }

    /// The root node of the single document in `text`: syntax errors carry libyaml's
    /// position, and aliases and nesting are bounded (see `YAMLComposer`).
    public func compose(_ text: String) throws(Diagnostic) -> Node {
        try YAMLComposer.compose(text, file: file)
    }

    /// An error at `node`.
    public func fail(_ message: String, at node: Node) -> Diagnostic {
        fail(message, at: node, columnOffset: 0)
    }

    /// An error at 1-based `column` of the text of the scalar at `node` (past its opening
    /// quote), for readers of text held in a scalar (a command, a PDDL expression).
    public func fail(_ message: String, at node: Node, textColumn column: Int) -> Diagnostic {
        fail(message, at: node, columnOffset: textColumnOffset(of: node) + column - 1)
    }

    private func fail(_ message: String, at node: Node, columnOffset: Int) -> Diagnostic {
        Diagnostic(
            file: file, line: node.mark?.line ?? 1,
            column: (node.mark?.column ?? 1) + columnOffset, message: message)
    }

    /// The mapping at `node`, which holds `what`.
    public func mapping(_ node: Node, _ what: String) throws(Diagnostic) -> Node.Mapping {
        guard let mapping = node.mapping else {
            throw fail("expected \(what) as a mapping", at: node)
        }
        return mapping
    }

    /// The list at `node`, which holds `what`.
    public func sequence(_ node: Node, _ what: String) throws(Diagnostic) -> Node.Sequence {
        guard let sequence = node.sequence else {
            throw fail("expected \(what) as a list", at: node)
        }
        return sequence
    }

    /// The non-empty text at `node`.
    public func string(_ node: Node, _ what: String) throws(Diagnostic) -> String {
        guard let value = node.scalar?.string, !value.isEmpty else {
            throw fail("expected \(what) as a non-empty string", at: node)
        }
        return value
    }

    /// The integer at `node`, in `minimum...maximum`.
    public func integer(
        _ node: Node, _ what: String, minimum: Int = 0, maximum: Int
    ) throws(Diagnostic) -> Int {
        guard let text = node.scalar?.string, let value = Int(text) else {
            throw fail("expected \(what) as an integer", at: node)
        }
        guard value >= minimum else { throw fail("\(what) must be at least \(minimum)", at: node) }
        guard value <= maximum else { throw fail("\(what) must be at most \(maximum)", at: node) }
        return value
    }

    /// The whole number above zero at `node`, at most `maximum`.
    public func positiveInteger(
        _ node: Node, _ what: String, maximum: Int = .max
    ) throws(Diagnostic) -> Int {
        guard let text = node.scalar?.string, let value = Int(text), value > 0 else {
            throw fail("expected \(what) as a positive whole number", at: node)
        }
        guard value <= maximum else { throw fail("\(what) must be at most \(maximum)", at: node) }
        return value
    }

    /// The finite number above zero at `node`.
    public func positiveNumber(_ node: Node, _ what: String) throws(Diagnostic) -> Double {
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite, value > 0
        else {
            throw fail("expected \(what) as a positive number", at: node)
        }
        return value
    }

    /// The value of `key` in `fields`, the mapping at `node`.
    public func required(
        _ fields: Node.Mapping, _ key: String, in node: Node
    ) throws(Diagnostic) -> Node {
        guard let value = fields[key] else { throw fail("missing '\(key)'", at: node) }
        return value
    }

    /// The entries of `mapping` as (key text, key node, value node); refuses keys outside
    /// `allowed` when it is given. (Composing already refused a key given twice.)
    public func entries(
        _ mapping: Node.Mapping, allowed: [String]? = nil
    ) throws(Diagnostic) -> [(key: String, keyNode: Node, value: Node)] {
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            let key = try string(keyNode, "a key")
            if let allowed, !allowed.contains(key) {
                throw fail(
                    "unknown key '\(key)' (expected one of: \(allowed.joined(separator: ", ")))",
                    at: keyNode)
            }
            result.append((key, keyNode, value))
        }
        return result
    }

    /// Refuses the keys of `mapping` outside `allowed`.
    public func checkKeys(_ mapping: Node.Mapping, allowed: [String]) throws(Diagnostic) {
        _ = try entries(mapping, allowed: allowed)
    }

    /// Where the text of a scalar starts: one column further for quoted scalars.
    private func textColumnOffset(of node: Node) -> Int {
        switch node.scalar?.style {
        case .singleQuoted, .doubleQuoted: 1
        default: 0
        }
    }
}
