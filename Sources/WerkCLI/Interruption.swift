import Dispatch
import Foundation
import Synchronization

/// SIGINT and SIGTERM during a search: the first asks the search to stop as if its time limit
/// had passed, so that the best result found so far is written; a second ends the process at
/// once with status 128 + the signal.
enum Interruption {
    private static let requested = Atomic<Bool>(false)
    /// The signal sources, kept alive for the life of the process; written only by
    /// ``install()``, which a command calls once before it starts searching.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Routes SIGINT and SIGTERM here instead of ending the process.
    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if requested.exchange(true, ordering: .relaxed) { exit(128 + number) }
                printToStandardError(
                    "werk: stopping with the best result found so far (signal again to quit now)")
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a signal asked the search to stop.
    static var isRequested: Bool { requested.load(ordering: .relaxed) }
}
