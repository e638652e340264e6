import PDDL
import Scheduling
import Yams

/// Reads typed values out of a composed YAML document, turning every mismatch into a
/// ``Diagnostic`` at the offending node's line and column.
struct YAMLReader {
    let file: String

    /// Composes `text`; syntax errors carry libyaml's position.
    func compose(_ text: String) throws(Diagnostic) -> Node {
        do {
            return try YAMLComposer.compose(text)
        } catch {
            throw diagnostic(error.message, line: error.line, column: error.column)
        }
    }

    /// An error at `line`:`column` (1-based) of the file.
    func diagnostic(_ message: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            file: file, location: SourceLocation(line: Int32(line), column: Int32(column)),
            message: message)
    }

    /// An error at `node`, `columnOffset` characters into it.
    func fail(_ message: String, at node: Node, columnOffset: Int = 0) -> Diagnostic {
        diagnostic(
            message, line: node.mark?.line ?? 1, column: (node.mark?.column ?? 1) + columnOffset)
    }

    /// The value of `read`, its ``InstanceError`` (from the shared readers of the
    /// scheduling format) turned into a ``Diagnostic`` at the same place.
    func located<Value>(_ read: () throws(InstanceError) -> Value) throws(Diagnostic) -> Value {
        do {
            return try read()
        } catch {
            throw diagnostic(error.message, line: error.line, column: error.column)
        }
    }

    func mapping(_ node: Node, _ what: String) throws(Diagnostic) -> Node.Mapping {
        guard let mapping = node.mapping else {
            throw fail("expected \(what) as a mapping", at: node)
        }
        return mapping
    }

    func string(_ node: Node, _ what: String) throws(Diagnostic) -> String {
        guard let value = node.scalar?.string, !value.isEmpty else {
            throw fail("expected \(what) as a non-empty string", at: node)
        }
        return value
    }

    func positiveInteger(_ node: Node, _ what: String, maximum: Int = .max) throws(Diagnostic)
        -> Int
    {
        guard let text = node.scalar?.string, let value = Int(text), value > 0 else {
            throw fail("expected \(what) as a positive whole number", at: node)
        }
        guard value <= maximum else { throw fail("\(what) must be at most \(maximum)", at: node) }
        return value
    }

    func positiveNumber(_ node: Node, _ what: String) throws(Diagnostic) -> Double {
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite, value > 0
        else {
            throw fail("expected \(what) as a positive number", at: node)
        }
        return value
    }

    /// The entries of `mapping` as (key text, key node, value node); refuses keys outside
    /// `allowed` when it is given, and repeated keys.
    func entries(
        _ mapping: Node.Mapping, allowed: [String]? = nil
    ) throws(Diagnostic) -> [(key: String, keyNode: Node, value: Node)] {
        var seen: Set<String> = []
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            let key = try string(keyNode, "a key")
            if let allowed, !allowed.contains(key) {
                throw fail(
                    "unknown key '\(key)' (expected one of: \(allowed.joined(separator: ", ")))",
                    at: keyNode)
            }
            guard seen.insert(key).inserted else {
                throw fail("'\(key)' is given twice", at: keyNode)
            }
            result.append((key, keyNode, value))
        }
        return result
    }

    /// Where the text of a scalar starts: one column further for quoted scalars.
    func textColumnOffset(of node: Node) -> Int {
        switch node.scalar?.style {
        case .singleQuoted, .doubleQuoted: 1
        default: 0
        }
    }
}
