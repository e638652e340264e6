/// A copy of a model to write in another format (`werk lp --write-lp/--write-mps`).
public struct ModelFileCopy: Sendable, Hashable {
    public var path: String
    public var format: ModelFileFormat

    public init(path: String, format: ModelFileFormat) {
        self.path = path
        self.format = format
    }
}
