import Foundation
import Glibc

/// Checks on processes started by steps.
enum ProcessChecks {
    /// Whether `pid` is gone or a zombie waiting for a parent that is not us.
    static func isDead(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return true }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    /// Whether the executor reaped `pid`: it is not a child of this process any more.
    static func wasReaped(_ pid: Int32) -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == -1 && errno == ECHILD
    }

    /// Waits up to `seconds` for `condition`, checking every 20 ms.
    static func wait(upTo seconds: Double, for condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// The pids of `step_started` events in a JSON-lines events file.
    static func startedPIDs(eventsPath: String) throws -> [Int32] {
        let text = try String(contentsOfFile: eventsPath, encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard object?["event"] as? String == "step_started" else { return nil }
            return (object?["pid"] as? Int).map { Int32($0) }
        }
    }
}
