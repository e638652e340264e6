import Foundation

/// Runs a long synchronous search on a thread of its own, so that the searches of a portfolio
/// run side by side however many there are: on the cooperative pool, which has one thread per
/// core, a search beyond the core count would wait for another to finish.
enum SearchThread {
    /// Stack size of search threads: the branch-and-bound searches recurse once per decision.
    static let stackSize = 16 << 20

    /// Runs `body` on a new thread and returns its result.
    static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.stackSize = stackSize
            thread.start()
        }
    }
}
