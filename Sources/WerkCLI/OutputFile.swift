import Foundation
import SourceText

/// Writes the files commands produce. A regular file (or a new one) is written whole or not
/// at all: the contents go to a temporary file beside it, which `rename(2)` then moves into
/// place, so no reader ever sees half a file and a failed write leaves the old file as it
/// was. Anything else is written through, never replaced: a device such as `/dev/null` or
/// `/dev/stdout`, a FIFO; a symbolic link is followed and its target written (atomically if
/// that is a regular file), so the link stays a link. `-` is standard output. Missing
/// folders on the way to the destination are created.
enum OutputFile {
    /// The path that means standard output (and, for inputs, standard input).
    static let standardStream = "-"

    /// Writes `data` to `path`.
    static func write(_ data: Data, to path: String) throws(Diagnostic) {
        if path == standardStream {
            fflush(nil)  // after what `print` has buffered, in order
            FileHandle.standardOutput.write(data)
            return
        }
        let target = try followingLinks(path)
        var status = stat()
        if lstat(target, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            if status.st_mode & S_IFMT == S_IFDIR {
                throw writeFailure(path, "it is a folder; name a file (or - for standard output)")
            }
            try writeThrough(data, to: target, reportedAs: path)
            return
        }
        try createFolder(of: target, reportedAs: path)
        try writeAtomically(data, to: target, reportedAs: path)
    }

    /// Writes `text` as UTF-8 to `path`.
    static func write(_ text: String, to path: String) throws(Diagnostic) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes each of `files` (paths relative to `folder`) into `folder`, creating it and
    /// the folders on the way; returns the paths written.
    @discardableResult
    static func writeFolder(_ folder: String, files: [(path: String, contents: Data)])
        throws(Diagnostic) -> [String]
    {
        try createFolder(folder)
        var written: [String] = []
        for file in files {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(file.path).path
            try write(file.contents, to: path)
            written.append(path)
        }
        return written
    }

    /// A temporary path for a writer that opens its file itself (GLPK's model writers), to
    /// be handed to ``moveTemporaryFile(_:to:)`` once written.
    static func temporaryPath(for path: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "werk-\(UUID().uuidString)-\(URL(fileURLWithPath: path).lastPathComponent)"
        ).path
    }

    /// Writes the contents of `temporary` to `path` as ``write(_:to:)`` does (standard
    /// output, devices, links) and removes `temporary`.
    static func moveTemporaryFile(_ temporary: String, to path: String) throws(Diagnostic) {
        defer { unlink(temporary) }
        guard let data = FileManager.default.contents(atPath: temporary) else {
            throw writeFailure(path, "the model could not be written")
        }
        try write(data, to: path)
    }

    /// Creates the folder that is to hold the file `path`, with its missing parents, for
    /// writers that open the file themselves (the events log).
    static func createFolder(of path: String) throws(Diagnostic) {
        try createFolder(of: path, reportedAs: path)
    }

    /// Creates the folder `path` with its missing parents; a file in the way is reported
    /// as such.
    static func createFolder(_ path: String) throws(Diagnostic) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component + "/"
            if mkdir(prefix, 0o777) == 0 { continue }
            let error = errno
            var status = stat()
            let found = stat(String(prefix.dropLast()), &status) == 0
            guard found || error == EEXIST else {
                throw writeFailure(path, String(cString: strerror(error)))
            }
            guard found, status.st_mode & S_IFMT == S_IFDIR else {
                throw writeFailure(
                    path, "\(prefix.dropLast()) is a file, not a folder; name a folder")
            }
        }
    }

    private static func createFolder(of path: String, reportedAs reported: String)
        throws(Diagnostic)
    {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try createFolder(folder)
        } catch {
            var failure = error
            failure.file = reported
            throw failure
        }
    }

    /// `path` with symbolic links followed (at most 40, as the kernel does) to what they
    /// finally name, which need not exist yet.
    private static func followingLinks(_ path: String) throws(Diagnostic) -> String {
        var current = path
        for _ in 0..<40 {
            guard
                let destination = try? FileManager.default.destinationOfSymbolicLink(
                    atPath: current)
            else { return current }
            current =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent()
                    .appendingPathComponent(destination).path
        }
        throw writeFailure(path, "too many levels of symbolic links")
    }

    /// Writes into the existing, non-regular file `target` (a device, a FIFO).
    private static func writeThrough(_ data: Data, to target: String, reportedAs path: String)
        throws(Diagnostic)
    {
        let descriptor = open(target, O_WRONLY)
        guard descriptor >= 0 else { throw posixError(path) }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, reportedAs: path)
    }

    private static func writeAtomically(_ data: Data, to target: String, reportedAs path: String)
        throws(Diagnostic)
    {
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else { throw posixError(path) }
        do {
            try writeAll(data, to: descriptor, reportedAs: path)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, target) == 0 else {
            let failure = posixError(path)
            unlink(temporary)
            throw failure
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, reportedAs path: String)
        throws(Diagnostic)
    {
        let failed: Bool = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(
                    descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += written
            }
            return false
        }
        if failed { throw posixError(path) }
    }

    /// The error `errno` describes, as a sentence about `path`.
    private static func posixError(_ path: String) -> Diagnostic {
        let code = errno
        let advice =
            switch code {
            case EACCES, EPERM: "; check its permissions or choose another path"
            case ENOSPC: "; free some space or choose another disk"
            default: ""
            }
        return writeFailure(path, String(cString: strerror(code)) + advice)
    }

    /// Why `path` could not be written: `path: error: cannot write the file: reason`.
    private static func writeFailure(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(file: path, location: .unknown, message: "cannot write the file: \(reason)")
    }
}
