/// A copy of a model to write in another format (`werk lp --write-lp/--write-mps`).
public struct ModelFileCopy: Sendable, Hashable {
    /// Where to write the copy.
    public var path: String
    /// The format to write the copy in.
    public var format: ModelFileFormat

    /// A copy to write to `path` in `format`.
    public init(path: String, format: ModelFileFormat) {
        self.path = path
        self.format = format
    }
}
