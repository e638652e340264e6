import Foundation

/// `werk-fuzz TARGET [files or folders…]`: runs each input through one reader (FuzzTarget).
///
/// Built with `-sanitize=fuzzer -DFUZZING` (`make fuzz`, Fuzz/run.sh), the arguments after
/// TARGET go to libFuzzer, which generates the inputs; built normally, it replays the given
/// files and prints each one's name, to reproduce a finding without libFuzzer.
@main
enum FuzzMain {
    nonisolated(unsafe) static var target = FuzzTarget.pop
    nonisolated(unsafe) static var context: FuzzContext?

    static func main() throws {
        var arguments = CommandLine.arguments
        guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: werk-fuzz \(names) [inputs…]\n".utf8))
            exit(2)
        }
        Self.target = target
        Self.context = try FuzzContext(
            root: ProcessInfo.processInfo.environment["WERK_ROOT"]
                ?? FileManager.default.currentDirectoryPath)
        arguments.remove(at: 1)
        #if FUZZING
            exit(LibFuzzer.run(arguments: arguments) { bytes in run(bytes) })
        #else
            for path in arguments.dropFirst() {
                print(path)
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                run(Array(data))
            }
        #endif
    }

    static func run(_ bytes: [UInt8]) {
        guard let context else { return }
        target.run(bytes, context: context)
    }
}
