import CGLPK

/// Collects what GLPK prints on one thread, line by line, instead of letting it reach stdout.
///
/// GLPK hands its terminal output to a hook in chunks that need not be whole lines; this
/// buffers them, forwards complete lines to the caller's log (if any) and keeps the most
/// recent lines so that a failed file read can be turned into a precise error.
final class TerminalCapture {
    /// How many recent lines are kept for error reports.
    static let keptLineCount = 64

    private let log: (@Sendable (String) -> Void)?
    private var partialLine = ""
    private(set) var recentLines: [String] = []

    init(log: (@Sendable (String) -> Void)?) { self.log = log }

    /// Appends one chunk of GLPK output.
    func append(_ chunk: String) {
        partialLine += chunk
        while let newline = partialLine.firstIndex(of: "\n") {
            emit(String(partialLine[..<newline]))
            partialLine.removeSubrange(...newline)
        }
    }

    /// Emits a pending partial line, so the next operation starts on a fresh line.
    func flush() {
        guard !partialLine.isEmpty else { return }
        emit(partialLine)
        partialLine = ""
    }

    /// Forgets the recent lines (called before each operation whose errors are reported).
    func clearRecentLines() {
        flush()
        recentLines.removeAll(keepingCapacity: true)
    }

    private func emit(_ line: String) {
        log?(line)
        if recentLines.count == Self.keptLineCount { recentLines.removeFirst() }
        recentLines.append(line)
    }

    /// Installs `self` as the calling thread's GLPK terminal hook; output no longer reaches
    /// stdout. The hook is per thread, like the rest of GLPK's environment.
    func install() {
        glp_term_hook(terminalHook, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Removes the calling thread's terminal hook.
    func uninstall() {
        flush()
        glp_term_hook(nil, nil)
    }
}

/// The C hook: appends the chunk to the ``TerminalCapture`` in `info` and suppresses output.
private let terminalHook:
    @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Int32 =
        { info, text in
            guard let info, let text else { return 1 }
            Unmanaged<TerminalCapture>.fromOpaque(info).takeUnretainedValue()
                .append(String(cString: text))
            return 1
        }
