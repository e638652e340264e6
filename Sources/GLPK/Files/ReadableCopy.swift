import Foundation

/// A model file as GLPK's readers can take it: the file itself, or, when it starts with a
/// UTF-8 byte order mark (which GLPK rejects as an unknown character), a temporary copy
/// without it, removed when this is released. Lines and columns stay those an editor shows.
final class ReadableCopy {
    /// The path to hand to GLPK.
    let readPath: String
    private let isTemporary: Bool

    init(_ path: String) {
        let mark = Data([0xEF, 0xBB, 0xBF])
        guard let data = FileManager.default.contents(atPath: path), data.starts(with: mark)
        else {
            readPath = path
            isTemporary = false
            return
        }
        let name = (path as NSString).lastPathComponent
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-\(UUID().uuidString)-\(name)").path
        guard FileManager.default.createFile(atPath: copy, contents: data.dropFirst(mark.count))
        else {
            readPath = path
            isTemporary = false
            return
        }
        readPath = copy
        isTemporary = true
    }

    deinit {
        if isTemporary { try? FileManager.default.removeItem(atPath: readPath) }
    }
}
