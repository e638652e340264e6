import Glibc

/// Which sanitizer this test process was built with (`make sanitize`, `swift test
/// --sanitize=…`), found by looking up its runtime's entry point among the loaded symbols.
/// The `werk` binary the tests start is built alongside, with the same one.
public enum Sanitizers {
    /// AddressSanitizer: its shadow memory and its quarantine (up to 256 MB of freed memory
    /// kept back from reuse) count in the resident memory of a process.
    public static let address = isLoaded("__asan_init")

    /// ThreadSanitizer: every memory access is checked, several times slower.
    public static let thread = isLoaded("__tsan_init")

    /// Whether any sanitizer is on.
    public static var active: Bool { address || thread }

    private static func isLoaded(_ symbol: String) -> Bool {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), symbol) != nil
    }
}
