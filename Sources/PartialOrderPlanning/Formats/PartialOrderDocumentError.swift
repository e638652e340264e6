import JSONText
/// A problem with a partial-order plan file, at a line and column of it.
public struct PartialOrderDocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// What is wrong.
    public var message: String
    /// Whether the file is well-formed but names an action or fact the task cannot have, so
    /// the plan is invalid rather than the input malformed.
    public var isInvalidPlan: Bool

    /// An error at `line`:`column`.
    public init(line: Int, column: Int, message: String, isInvalidPlan: Bool = false) {
        self.line = line
        self.column = column
        self.message = message
        self.isInvalidPlan = isInvalidPlan
    }

    init(
        position: PartialOrderPlanDocument.Position, message: String, isInvalidPlan: Bool = false
    ) {
        self.init(
            line: position.line, column: position.column, message: message,
            isInvalidPlan: isInvalidPlan)
    }

    static func at(_ value: JSONValue, _ message: String) -> Self {
        Self(line: value.line, column: value.column, message: message)
    }

    /// `line:column: error: message`; prefix the file name for a complete diagnostic.
    public var description: String { "\(line):\(column): error: \(message)" }
}
