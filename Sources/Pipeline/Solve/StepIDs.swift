import PDDL

/// The ids `werk solve` gives the steps of a plan, in workflows, schedules and Gantt charts:
/// `s06-bake-lasagne`, the step's number (1-based, zero-padded to the width of the largest)
/// and its action and arguments in lower case with dashes. The number makes them unique,
/// the same plan always gets the same ids, and each stays short enough to read in a log
/// line: the words are cut at a dash once they exceed ``maximumWords`` characters.
enum StepIDs {
    /// The most characters of action and arguments kept after the number.
    static let maximumWords = 40

    /// The ids of `steps`, in order.
    static func ids(of steps: [PlanStep]) -> [String] {
        let width = max(2, String(steps.count).count)
        return steps.enumerated().map { index, step in
            let number = String(index + 1)
            let padded = String(repeating: "0", count: width - number.count) + number
            let words = slug(([step.actionName] + step.arguments).joined(separator: " "))
            return words.isEmpty ? "s\(padded)" : "s\(padded)-\(words)"
        }
    }

    /// `text` in lower case, every run of characters other than ASCII letters and digits
    /// one dash, no dash at either end; cut at a dash when longer than `limit`.
    static func slug(_ text: String, limit: Int = maximumWords) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        guard slug.count > limit else { return slug }
        let cut = slug.prefix(limit + 1)
        let words = cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut.prefix(limit)
        return String(words)
    }
}
