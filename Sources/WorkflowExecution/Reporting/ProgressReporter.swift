import Foundation
import Glibc

/// Tells the user on standard error how the run goes.
///
/// On a terminal: one status line, redrawn at most ten times a second (done / running /
/// failed / waiting, elapsed versus planned time), with failures printed above it. Otherwise
/// one plain line per finished attempt. A failure always shows the step, how it ended, its
/// log files and the last lines of its standard error.
final class ProgressReporter {
    /// Whether a live status line is drawn (standard error is a terminal).
    let live: Bool
    private let quiet: Bool
    private let total: Int
    private let plannedMakespan: Double?
    private let startedAt = MonotonicClock.now()
    private var lastDraw = 0.0
    private var lineShown = false

    init(style: ExecutorOptions.ProgressStyle, total: Int, plannedMakespan: Double?) {
        switch style {
        case .automatic: live = isatty(STDERR_FILENO) == 1
        case .plain, .quiet: live = false
        }
        quiet = style == .quiet
        self.total = total
        self.plannedMakespan = plannedMakespan
    }

    private func emit(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes {
                write(STDERR_FILENO, $0.baseAddress, $0.count)
            }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
        bytes.removeAll()
    }

    /// Prints a line that stays (above the status line on a terminal).
    func note(_ line: String) {
        if live && lineShown {
            emit("\r\u{1B}[K")
            lineShown = false
        }
        emit(line + "\n")
    }

    /// Reports a finished attempt; `done` counts succeeded steps.
    func attemptFinished(
        step: String, attempt: Int, state: AttemptState, duration: Double, detail: String?,
        logs: (out: String, err: String), willRetry: Bool, done: Int
    ) {
        if state == .succeeded {
            if !live && !quiet {
                note("werk: [\(done)/\(total)] ok \(step) (\(String(format: "%.2fs", duration)))")
            }
            return
        }
        let seconds = String(format: "%.2fs", duration)
        if state == .cancelled {
            if !quiet { note("werk: stopped \(step) (attempt \(attempt))") }
            return
        }
        let verdict = willRetry ? "will retry" : "failed"
        var text = "werk: \(verdict): \(step) attempt \(attempt) \(detail ?? state.rawValue)"
        text += " after \(seconds)\n  stdout: \(logs.out)\n  stderr: \(logs.err)"
        if !willRetry {
            for line in Self.lastLines(ofFile: logs.err, count: 10) { text += "\n  | \(line)" }
        }
        note(text)
    }

    /// Redraws the status line on a terminal (at most every 0.1 s unless `force`).
    func refresh(done: Int, running: Int, failed: Int, waiting: Int, force: Bool = false) {
        guard live else { return }
        let now = MonotonicClock.now()
        guard force || now - lastDraw >= 0.1 else { return }
        lastDraw = now
        var line = "werk: done \(done)/\(total) · running \(running) · failed \(failed)"
        line += " · waiting \(waiting) · \(String(format: "%.1fs", now - startedAt))"
        if let plannedMakespan {
            line += String(format: " of %.1fs planned", plannedMakespan)
        }
        emit("\r\u{1B}[K" + line)
        lineShown = true
    }

    /// Ends the status line.
    func finish() {
        if live && lineShown {
            emit("\n")
            lineShown = false
        }
    }

    /// The last `count` lines of the file at `path` (reading at most its last 16 KiB).
    static func lastLines(ofFile path: String, count: Int) -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        let start = size > 16_384 ? size - 16_384 : 0
        guard (try? handle.seek(toOffset: start)) != nil,
            let data = try? handle.readToEnd()
        else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let trimmed = lines.last == "" ? lines.dropLast() : lines[...]
        return trimmed.suffix(count).map(String.init)
    }
}
