/// One problem found in a workflow file, with where it is.
public struct WorkflowDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file as given by the user.
    public var file: String
    /// The line of the offending value, counted from 1.
    public var line: Int
    /// The column (UTF-8 byte) of the offending value, counted from 1.
    public var column: Int
    /// The JSON path of the offending value.
    public var path: JSONPath
    /// What is wrong.
    public var message: String

    /// `file:line:column: error: $.path: message`.
    public var description: String {
        "\(file):\(line):\(column): error: \(path): \(message)"
    }
}
