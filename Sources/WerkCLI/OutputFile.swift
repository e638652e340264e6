import Foundation

/// Writes the files commands produce whole or not at all: the contents go to a temporary
/// file beside the destination, which `rename(2)` then moves into place (replacing an
/// existing file atomically), so no reader ever sees half a file and a failed write leaves
/// the old file as it was. Missing folders on the way to the destination are created.
enum OutputFile {
    /// Why an output file could not be written.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): error: cannot write the file: \(reason)" }
    }

    /// Writes `data` to `path`.
    static func write(_ data: Data, to path: String) throws(WriteError) {
        try createFolder(of: path)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw WriteError(path: path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// Creates the folder that is to hold the file `path`, with its missing parents, for
    /// writers that open the file themselves (GLPK's model writers, the events log).
    static func createFolder(of path: String) throws(WriteError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes `text` as UTF-8 to `path`.
    static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }
}
