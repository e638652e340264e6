/// A result that failed Werkvloei's own check: a bug, reported instead of printed. `werk`
/// prints `internal error: …` and exits with ``ExitStatus/internalError``.
struct InternalError: Error, CustomStringConvertible {
    var message: String
    var description: String { "internal error: \(message)" }

    /// A schedule that the independent check rejects, with its violations.
    static func scheduleFailedValidation(_ violations: [String]) -> InternalError {
        InternalError(
            message: "the schedule failed validation:\n  " + violations.joined(separator: "\n  "))
    }
}
