/// What a body running on a ``GLPKThread`` may use: the thread's terminal capture and the
/// caller's cancellation flag. Not `Sendable`: it lives and dies on the GLPK thread.
final class GLPKSession {
    let terminal: TerminalCapture
    let cancellation: CancellationFlag

    init(terminal: TerminalCapture, cancellation: CancellationFlag) {
        self.terminal = terminal
        self.cancellation = cancellation
    }
}
