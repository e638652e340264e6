/// One error found in an input file, printed as `file:line:column: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name of the file as given by the user.
    public var file: String
    /// Where the error is.
    public var location: SourceLocation
    /// What is wrong, in words the user can act on.
    public var message: String

    /// Creates a diagnostic for `file` at `location`.
    public init(file: String, location: SourceLocation, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message` (`file: error: message` when the error concerns the
    /// whole file, such as one that cannot be read).
    public var description: String {
        location == .unknown
            ? "\(file): error: \(message)"
            : "\(file):\(location.line):\(location.column): error: \(message)"
    }
}
