/// A file an exporter produces: a path relative to the export directory and its text.
public struct ExportedFile: Sendable, Equatable {
    /// The path relative to the output directory, `/`-separated.
    public var relativePath: String
    /// The file's text.
    public var contents: String
}
