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

    /// Routes SIGINT and SIGTERM here instead of ending the process; the first signal also
    /// calls `onRequest` (for a search that is stopped by cancelling its task).
    static func install(onRequest: @escaping @Sendable () -> Void = {}) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if requested.exchange(true, ordering: .relaxed) { exit(128 + number) }
                printToStandardError(
                    "werk: stopping with the best result found so far (signal again to quit now)")
                onRequest()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Gives SIGINT and SIGTERM back to their default action, for a phase (running a
    /// workflow) that handles them itself.
    static func uninstall() {
        for source in sources { source.cancel() }
        sources = []
        for number in [SIGINT, SIGTERM] { signal(number, SIG_DFL) }
    }

    /// Whether a signal asked the search to stop.
    static var isRequested: Bool { requested.load(ordering: .relaxed) }
}
