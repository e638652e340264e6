import Glibc
import SourceText

/// Appends one JSON object per line to the `--events` file.
///
/// Each line has `event` (run_started, step_started, step_finished, step_retry_scheduled,
/// step_timed_out, run_interrupted, run_finished), `time` (seconds since 1970) and `run`,
/// then the event's own fields. Lines are buffered and written at the end of each turn of
/// the executor's loop.
final class EventLog {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let runID: Int64

    /// Opens `path` for appending; throws when it cannot.
    init(path: String, runID: Int64) throws(ExecutionError) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExecutionError(
                path: path,
                message: "cannot open the events file: \(String(cString: strerror(errno)))")
        }
        self.runID = runID
    }

    deinit {
        flush()
        close(descriptor)
    }

    /// Adds one event line.
    func record(_ event: String, _ fields: KeyValuePairs<String, EventValue?>) {
        var line = "{\"event\":\(JSONText.string(event)),\"time\":\(MonotonicClock.wallNow()),"
        line += "\"run\":\(runID)"
        for (key, value) in fields {
            guard let value else { continue }
            line += ",\(JSONText.string(key)):\(value.json)"
        }
        line += "}\n"
        buffer += Array(line.utf8)
    }

    /// Writes the buffered lines.
    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes {
                write(descriptor, $0.baseAddress, $0.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
