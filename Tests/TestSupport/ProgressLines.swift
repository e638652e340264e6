/// The progress lines `werk` writes to a standard error that is not a terminal
/// (`werk schedule: exact search, makespan 97, bound 90, 3 s of 10 s`): on a terminal they
/// are one line redrawn and erased at the end, so pages and expectations leave them out.
public enum ProgressLines {
    /// `text` without its progress lines.
    public static func removed(from text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !isProgress($0) }
            .joined(separator: "\n")
    }

    /// Whether `line` is a progress line of a command that reports progress.
    public static func isProgress(_ line: Substring) -> Bool {
        let commands = ["plan", "schedule", "lp", "solve"]
        return commands.contains { line.hasPrefix("werk \($0): ") } && line.hasSuffix(" s")
    }
}
