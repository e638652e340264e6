import Foundation

/// Where a workflow was read from and a fingerprint of the exact bytes read.
public struct WorkflowSource: Sendable, Equatable {
    /// The path as the user gave it (used in messages).
    public var displayPath: String
    /// The absolute path of the file.
    public var absolutePath: String
    /// The absolute path of the directory holding the file; steps run there by default.
    public var directory: String
    /// FNV-1a 64-bit hash of the file's bytes, as 16 hex digits: changes when the file does.
    public var fingerprint: String

    /// Creates a source description; `fingerprint` is computed from `bytes`.
    public init(displayPath: String, absolutePath: String, directory: String, bytes: [UInt8]) {
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.directory = directory
        self.fingerprint = Self.fingerprint(of: bytes)
    }

    /// The source of the file at `path` (as the user gave it) holding `bytes`.
    public init(filePath path: String, bytes: [UInt8]) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        self.init(
            displayPath: path, absolutePath: url.path,
            directory: url.deletingLastPathComponent().path, bytes: bytes)
    }

    /// The FNV-1a 64-bit hash (Fowler, Noll, Vo) of `bytes` in hex; O(n).
    public static func fingerprint(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
