import Foundation
import SourceText

/// Foundation's file errors as a diagnostic naming the file and what to do, instead of
/// `Error Domain=NSCocoaErrorDomain Code=…`: `werk` reports them with exit status 2.
enum SystemErrorMessage {
    /// The diagnostic for `error` when it is one of Foundation's file or POSIX errors, else
    /// nil.
    static func diagnostic(for error: any Error) -> Diagnostic? {
        let error = error as NSError
        guard error.domain == NSCocoaErrorDomain || error.domain == NSPOSIXErrorDomain else {
            return nil
        }
        let path =
            (error.userInfo[NSFilePathErrorKey] as? String)
            ?? (error.userInfo[NSURLErrorKey] as? URL)?.path ?? "werk"
        return Diagnostic(file: path, location: .unknown, message: sentence(for: error))
    }

    private static func sentence(for error: NSError) -> String {
        let posix = posixCode(of: error)
        if posix == EISDIR { return "it is a folder; name a file" }
        if posix == ENOTDIR { return "a part of the path is a file, not a folder" }
        if posix == EACCES || posix == EPERM {
            return "permission denied; check its permissions or choose another path"
        }
        if posix == ENOSPC { return "no space left on the device" }
        switch CocoaError.Code(rawValue: error.domain == NSCocoaErrorDomain ? error.code : 0) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file"
        case .fileReadNoPermission, .fileWriteNoPermission:
            return "permission denied; check its permissions or choose another path"
        case .fileWriteFileExists:
            return "a file is in the way where a folder is needed; name a folder or remove the file"
        case .fileWriteOutOfSpace: return "no space left on the device"
        case .fileReadCorruptFile, .fileReadInapplicableStringEncoding:
            return "cannot read the file: it is not UTF-8 text"
        default:
            return posix.map { "cannot read or write it: " + String(cString: strerror($0)) }
                ?? "cannot read or write the file"
        }
    }

    /// The `errno` behind `error`, when there is one.
    private static func posixCode(of error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        guard let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        else { return nil }
        return Int32(underlying.code)
    }
}
