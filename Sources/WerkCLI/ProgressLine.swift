import Foundation
import Glibc
import Synchronization

/// How a long search goes, on standard error: its phase, the best result so far and its
/// bound, and the time elapsed against the limit.
///
/// Nothing is shown during the first second, so quick runs stay silent. After that, on a
/// terminal one line is redrawn in place four times a second; otherwise a line is written
/// when something changed (at most one a second) and at least every ``plainInterval``
/// seconds. Searches report from any thread through ``update(phase:best:bound:)``;
/// ``finish()`` clears the terminal line.
final class ProgressLine: Sendable {
    /// Seconds between two lines when standard error is not a terminal.
    static let plainInterval = 5.0

    private struct State {
        var phase = ""
        var best: String?
        var bound: String?
        var lineShown = false
        var lastLine: ContinuousClock.Instant?
        /// Phase, best and bound as last written, to write a plain line only on a change.
        var lastContent: [String?] = []
        var finished = false

        var content: [String?] { [phase, best, bound] }
    }

    private let command: String
    private let limit: Double?
    private let live: Bool
    private let start = ContinuousClock.now
    private let state = Mutex(State())

    /// A progress line for `command` (`werk COMMAND: …`) with a time limit in seconds;
    /// `quiet` shows nothing at all.
    init(command: String, limit: Double?, quiet: Bool) {
        self.command = command
        self.limit = limit
        live = isatty(STDERR_FILENO) == 1
        guard !quiet else {
            state.withLock { $0.finished = true }
            return
        }
        // A thread of its own: the searches keep the cooperative thread pool busy.
        let interval = live ? 0.25 : 1
        Thread.detachNewThread { [weak self] in
            Thread.sleep(forTimeInterval: 1)
            while let line = self, line.draw(force: true) {
                Thread.sleep(forTimeInterval: interval)
            }
        }
    }

    /// Reports a new phase ("grounding", "exact search"…), the best result so far ("cost 42",
    /// "makespan 97") or its bound ("bound 90"); what is `nil` stays as it was.
    func update(phase: String? = nil, best: String? = nil, bound: String? = nil) {
        state.withLock {
            if let phase { $0.phase = phase }
            if let best { $0.best = best }
            if let bound { $0.bound = bound }
        }
        draw(force: false)
    }

    /// Stops the line; on a terminal it is erased, so what follows starts on a clean line.
    func finish() {
        state.withLock {
            if $0.lineShown { Self.emit("\r\u{1B}[K") }
            $0.lineShown = false
            $0.finished = true
        }
    }

    /// Writes the line, once the first second has passed: a live line on the clock (`force`)
    /// only, however often the search reports; a plain line as ``isDue(_:at:force:)`` says.
    /// Returns whether the line is still going.
    @discardableResult
    private func draw(force: Bool) -> Bool {
        let now = ContinuousClock.now
        return state.withLock {
            guard !$0.finished else { return false }
            guard now - start >= .seconds(1) else { return true }
            let text = text(of: $0, at: now)
            if live {
                guard force else { return true }
                Self.emit("\r\u{1B}[K" + text)
                $0.lineShown = true
            } else if Self.isDue($0, at: now, force: force) {
                Self.emit(text + "\n")
                $0.lastLine = now
                $0.lastContent = $0.content
            }
            return true
        }
    }

    /// Whether a plain line is due: the first one, one after ``plainInterval`` seconds on the
    /// clock (`force`), or on a change a second after the last.
    private static func isDue(_ state: State, at now: ContinuousClock.Instant, force: Bool) -> Bool
    {
        guard let last = state.lastLine else { return true }
        if force { return now - last >= .seconds(plainInterval) }
        return state.content != state.lastContent && now - last >= .seconds(1)
    }

    private func text(of state: State, at now: ContinuousClock.Instant) -> String {
        let elapsed = (now - start) / .seconds(1)
        var parts = [state.phase]
        if let best = state.best { parts.append(best) }
        if let bound = state.bound { parts.append(bound) }
        parts.append(
            limit.map { String(format: "%.0f s of %g s", elapsed, $0) }
                ?? String(format: "%.0f s", elapsed))
        return "werk \(command): " + parts.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    private static func emit(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
