import CGLPK
import Foundation

/// Runs GLPK work on a dedicated OS thread, one thread per operation.
///
/// GLPK keeps its whole environment (allocator, terminal hook) in thread-local storage, and
/// freeing a problem on a thread other than the one that created it aborts the process. So
/// every problem's whole life — create, load, solve, callbacks, delete — happens inside one
/// `body` call on a fresh thread, which then frees the thread's GLPK environment. Objects
/// that hold GLPK memory (``Problem``, ``MathProgTranslator``) are not `Sendable`, so they
/// cannot escape `body`; only `Sendable` results leave the thread.
///
/// Concurrent callers get independent threads and environments, so solves run in parallel.
enum GLPKThread {
    /// Stack size of GLPK threads: the MathProg translator recurses on nested expressions.
    static let stackSize = 64 << 20

    /// Runs `body` on a new thread with GLPK's output captured (and sent to `log`), and
    /// returns its result. Cancelling the calling task raises the session's cancellation
    /// flag, which branch-and-cut polls.
    static func run<Result: Sendable>(
        log: (@Sendable (String) -> Void)?,
        _ body: @escaping @Sendable (GLPKSession) throws -> Result
    ) async throws -> Result {
        let cancellation = CancellationFlag()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let thread = Thread {
                    let result = runConfined(log: log, cancellation: cancellation, body)
                    continuation.resume(with: result)
                }
                thread.stackSize = stackSize
                thread.start()
            }
        } onCancel: {
            cancellation.raise()
        }
    }

    /// The part that runs on the GLPK thread. Every GLPK object created by `body` has been
    /// released when `body` returns, so freeing the environment afterwards is safe.
    private static func runConfined<Result>(
        log: (@Sendable (String) -> Void)?, cancellation: CancellationFlag,
        _ body: (GLPKSession) throws -> Result
    ) -> Swift.Result<Result, any Error> {
        let terminal = TerminalCapture(log: log)
        terminal.install()
        let result = Swift.Result {
            try body(GLPKSession(terminal: terminal, cancellation: cancellation))
        }
        terminal.uninstall()
        glp_free_env()
        return result
    }
}
