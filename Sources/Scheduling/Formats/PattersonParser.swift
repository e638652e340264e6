import SourceText

/// Reads Patterson (1984) `.rcp` files: `n K`, the K capacities, then per activity
/// `duration demands… #successors successors…` (1-based activity numbers).
///
/// Runs in O(file size). Line breaks are not significant in this format, so the file is read
/// as one token stream.
struct PattersonParser {
    let text: TokenizedText

    init(file: String, contents: String) {
        text = TokenizedText(file: file, text: contents)
    }

    func parse(name: String) throws(Diagnostic) -> SchedulingProblem {
        let tokens = text.lines.joined()
        var position = tokens.startIndex
        func next(_ what: String, minimum: Int = 0) throws(Diagnostic) -> Int {
            guard position < tokens.endIndex else {
                let last = text.lines.count
                throw text.error("unexpected end of file: expected \(what)", line: max(1, last))
            }
            defer { position = tokens.index(after: position) }
            return try text.integer(tokens[position], what, minimum: minimum)
        }
        let count = try next("activity count", minimum: 1)
        let resourceCount = try next("resource count")
        var resources: [Resource] = []
        for index in 0..<resourceCount {
            resources.append(Resource(name: "R\(index + 1)", capacity: try next("capacity")))
        }
        var activities: [Activity] = []
        var precedences: [Precedence] = []
        for activity in 0..<count {
            let duration = try next("duration")
            var demands: [Int] = []
            for _ in 0..<resourceCount { demands.append(try next("demand")) }
            activities.append(
                Activity(
                    name: String(activity + 1), modes: [Mode(duration: duration, demands: demands)])
            )
            let successorCount = try next("successor count")
            for _ in 0..<successorCount {
                let token = position < tokens.endIndex ? tokens[position] : nil
                let successor = try next("successor", minimum: 1)
                if successor > count || successor == activity + 1, let token {
                    throw text.error("successor \(successor) is not another activity", at: token)
                }
                precedences.append(Precedence(predecessor: activity, successor: successor - 1))
            }
        }
        if position < tokens.endIndex {
            throw text.error("unexpected data after the last activity", at: tokens[position])
        }
        return SchedulingProblem(
            name: name, activities: activities, resources: resources, precedences: precedences)
    }
}
