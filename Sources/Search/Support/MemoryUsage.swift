#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The resident memory of this process, read from the operating system.
public enum MemoryUsage {
    /// Resident set size in bytes (Linux: second field of `/proc/self/statm`; elsewhere the
    /// peak from `getrusage`), or nil if unavailable.
    public static func residentBytes() -> Int? {
        #if os(Linux)
            let descriptor = open("/proc/self/statm", O_RDONLY)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var bytes = [UInt8](repeating: 0, count: 128)
            let length = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 127) }
            guard length > 0 else { return nil }
            let fields = bytes[0..<length].split(separator: UInt8(ascii: " "))
            guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self))
            else { return nil }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
            var usage = rusage()
            guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
            return Int(usage.ru_maxrss)
        #endif
    }
}
