#if FUZZING
    import Glibc

    /// libFuzzer's driver (LLVMFuzzerRunDriver), called from a `main` of our own so that
    /// the target can be chosen on the command line.
    enum LibFuzzer {
        private typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

        @_silgen_name("LLVMFuzzerRunDriver")
        private static func runDriver(
            _ argc: UnsafeMutablePointer<Int32>,
            _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
            _ callback: Callback
        ) -> Int32

        nonisolated(unsafe) private static var body: ([UInt8]) -> Void = { _ in }

        /// Runs libFuzzer with `arguments` (the program name first), calling `body` on
        /// every input; libFuzzer's exit status.
        static func run(arguments: [String], body: @escaping ([UInt8]) -> Void) -> Int32 {
            Self.body = body
            var argc = Int32(arguments.count)
            var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            return pointers.withUnsafeMutableBufferPointer { buffer in
                var argv = buffer.baseAddress
                return runDriver(&argc, &argv) { data, size in
                    let bytes =
                        data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
                    LibFuzzer.body(bytes)
                    return 0
                }
            }
        }
    }
#endif
