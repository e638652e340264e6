import Foundation

/// A malformed input and the diagnostic it must produce. The expected location is marked in
/// the text with `«` (removed before use), so line and column are those of the marked byte.
struct MalformedInput: CustomStringConvertible, Sendable {
    /// Which file of `werk validate DOMAIN PROBLEM PLAN` is malformed.
    enum Role: Sendable {
        case domain, problem, plan
    }

    var label: String
    var role: Role
    var bytes: Data
    var line: Int32
    var column: Int32
    var fragment: String

    var description: String { label }

    /// A case from text with one `«` marking where the error must be reported.
    init(_ label: String, _ role: Role, _ marked: String, _ fragment: String) {
        self.label = label
        self.role = role
        self.fragment = fragment
        let utf8 = Array(marked.utf8)
        let marker = Array("«".utf8)
        var offset = 0
        while offset + marker.count <= utf8.count
            && Array(utf8[offset..<(offset + marker.count)]) != marker
        {
            offset += 1
        }
        precondition(offset + marker.count <= utf8.count, "case \(label) has no marker")
        let before = utf8[..<offset]
        line = Int32(before.filter { $0 == UInt8(ascii: "\n") }.count + 1)
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        column = Int32(offset - lineStart + 1)
        bytes = Data(utf8[..<offset] + utf8[(offset + marker.count)...])
    }

    /// A case from raw bytes with an explicit location.
    init(
        _ label: String, _ role: Role, bytes: Data, line: Int32, column: Int32, _ fragment: String
    ) {
        self.label = label
        self.role = role
        self.bytes = bytes
        self.line = line
        self.column = column
        self.fragment = fragment
    }
}
