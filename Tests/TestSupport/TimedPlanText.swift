import Foundation

/// The steps of a PDDL 2.1 timed plan as `werk plan` and `werk solve` write it:
/// `start: (action args) [duration]` per line; other lines are skipped.
public enum TimedPlanText {
    /// One step of a timed plan.
    public struct Step: Sendable {
        public var start: Double
        public var action: String
        public var duration: Double
    }

    /// The steps of `text`, in its order.
    public static func steps(of text: String) -> [Step] {
        text.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":"), let open = line.firstIndex(of: "["),
                let start = Double(line[..<colon]),
                let duration = Double(line[line.index(after: open)...].dropLast())
            else { return nil }
            let action = line[line.index(colon, offsetBy: 2)..<open]
                .trimmingCharacters(in: .whitespaces)
            return Step(start: start, action: action, duration: duration)
        }
    }
}
