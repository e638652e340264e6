import SourceText

/// Reads PSPLIB single-mode (`.sm`) and multi-mode (`.mm`) RCPSP files (Kolisch & Sprecher
/// 1996) by their section headers; job numbers become activity names.
///
/// Runs in O(file size).
struct PSPLIBParser {
    let text: TokenizedText

    init(file: String, contents: String) {
        text = TokenizedText(file: file, text: contents)
    }

    func parse(name: String) throws(Diagnostic) -> SchedulingProblem {
        let jobCount = try headerValue(
            containing: "jobs (incl. supersource/sink", what: "job count",
            maximum: SchedulingLimits.maximumActivities)
        let renewable = try headerValue(containing: "- renewable", what: "renewable resource count")
        let nonRenewable = try headerValue(
            containing: "- nonrenewable", what: "non-renewable resource count")
        if let doubly = lineIndex(containing: "- doubly constrained"),
            let count = try valueAfterColon(line: doubly, what: "doubly constrained count"),
            count > 0
        {
            throw text.error("doubly constrained resources are not supported", line: doubly + 1)
        }
        let resourceCount = renewable + nonRenewable
        let (modeCounts, successors) = try precedenceSection(jobCount: jobCount)
        let modes = try requestSection(
            jobCount: jobCount, modeCounts: modeCounts, resourceCount: resourceCount)
        let capacities = try availabilitySection(resourceCount: resourceCount)

        var resources: [Resource] = []
        for index in 0..<resourceCount {
            let isRenewable = index < renewable
            let label = isRenewable ? "R\(index + 1)" : "N\(index - renewable + 1)"
            resources.append(
                Resource(
                    name: label, kind: isRenewable ? .renewable : .nonRenewable,
                    capacity: capacities[index]))
        }
        let activities = (0..<jobCount).map { Activity(name: String($0 + 1), modes: modes[$0]) }
        var precedences: [Precedence] = []
        for (job, list) in successors.enumerated() {
            for successor in list {
                precedences.append(Precedence(predecessor: job, successor: successor))
            }
        }
        return SchedulingProblem(
            name: name, activities: activities, resources: resources, precedences: precedences)
    }

    private func lineIndex(containing marker: String) -> Int? {
        text.rawLines.firstIndex { $0.contains(marker) }
    }

    /// The integer after the colon of the line containing `marker`.
    private func headerValue(
        containing marker: String, what: String, maximum: Int = SchedulingLimits.maximumTime
    ) throws(Diagnostic) -> Int {
        guard let index = lineIndex(containing: marker) else {
            throw text.error("missing the line '\(marker)…' of a PSPLIB file", line: 1)
        }
        guard let value = try valueAfterColon(line: index, what: what, maximum: maximum) else {
            throw text.error("expected \(what) after ':'", line: index + 1)
        }
        return value
    }

    private func valueAfterColon(
        line index: Int, what: String, maximum: Int = SchedulingLimits.maximumTime
    ) throws(Diagnostic) -> Int? {
        let tokens = text.lines[index]
        guard let colon = tokens.firstIndex(where: { $0.text.hasSuffix(":") }),
            colon + 1 < tokens.count
        else { return nil }
        return try text.integer(tokens[colon + 1], what, maximum: maximum)
    }

    /// The data lines after `header`: from `skip` lines below it up to the next `***` line.
    private func sectionLines(_ header: String, skip: Int) throws(Diagnostic) -> Range<Int> {
        guard let start = lineIndex(containing: header) else {
            throw text.error("missing the section '\(header)' of a PSPLIB file", line: 1)
        }
        var end = start + 1 + skip
        while end < text.lines.count, !text.rawLines[end].hasPrefix("***") { end += 1 }
        return min(start + 1 + skip, end)..<end
    }

    private func precedenceSection(
        jobCount: Int
    ) throws(Diagnostic) -> (modeCounts: [Int], successors: [[Int]]) {
        var modeCounts = [Int](repeating: 0, count: jobCount)
        var successors = [[Int]](repeating: [], count: jobCount)
        var seen = [Bool](repeating: false, count: jobCount)
        for index in try sectionLines("PRECEDENCE RELATIONS:", skip: 1) {
            let tokens = text.lines[index]
            if tokens.isEmpty { continue }
            guard tokens.count >= 3 else {
                throw text.error("expected 'job #modes #successors successors…'", line: index + 1)
            }
            let job = try text.integer(tokens[0], "job number", minimum: 1)
            guard job <= jobCount else {
                throw text.error("job \(job) exceeds the job count \(jobCount)", at: tokens[0])
            }
            modeCounts[job - 1] = try text.integer(tokens[1], "mode count", minimum: 1)
            let count = try text.integer(tokens[2], "successor count")
            guard tokens.count == 3 + count else {
                throw text.error(
                    "job \(job) declares \(count) successors but lists \(tokens.count - 3)",
                    at: tokens[2])
            }
            for token in tokens[3...] {
                let successor = try text.integer(token, "successor", minimum: 1)
                guard successor <= jobCount, successor != job else {
                    throw text.error("successor \(successor) is not another job", at: token)
                }
                successors[job - 1].append(successor - 1)
            }
            seen[job - 1] = true
        }
        if let missing = seen.firstIndex(of: false) {
            throw text.error("job \(missing + 1) has no precedence line", line: 1)
        }
        return (modeCounts, successors)
    }

    private func requestSection(
        jobCount: Int, modeCounts: [Int], resourceCount: Int
    ) throws(Diagnostic) -> [[Mode]] {
        var modes = [[Mode]](repeating: [], count: jobCount)
        var job = -1
        for index in try sectionLines("REQUESTS/DURATIONS:", skip: 2) {
            var tokens = text.lines[index][...]
            if tokens.isEmpty { continue }
            if tokens.count == 3 + resourceCount {
                job = try text.integer(tokens[tokens.startIndex], "job number", minimum: 1) - 1
                guard job < jobCount else {
                    throw text.error("job \(job + 1) does not exist", at: tokens[tokens.startIndex])
                }
                tokens = tokens.dropFirst()
            } else if tokens.count != 2 + resourceCount || job < 0 {
                throw text.error(
                    "expected 'job mode duration' and \(resourceCount) demands",
                    at: tokens[tokens.startIndex])
            }
            let modeToken = tokens[tokens.startIndex]
            let mode = try text.integer(modeToken, "mode number", minimum: 1)
            guard mode == modes[job].count + 1 else {
                throw text.error(
                    "expected mode \(modes[job].count + 1) of job \(job + 1)", at: modeToken)
            }
            let duration = try text.integer(tokens[tokens.startIndex + 1], "duration")
            var demands: [Int] = []
            for token in tokens.dropFirst(2) { demands.append(try text.integer(token, "demand")) }
            modes[job].append(Mode(duration: duration, demands: demands))
        }
        for job in 0..<jobCount where modes[job].count != modeCounts[job] {
            throw text.error(
                "job \(job + 1) declares \(modeCounts[job]) modes but \(modes[job].count) are given",
                line: (lineIndex(containing: "REQUESTS/DURATIONS:") ?? 0) + 1)
        }
        return modes
    }

    private func availabilitySection(resourceCount: Int) throws(Diagnostic) -> [Int] {
        let range = try sectionLines("RESOURCEAVAILABILITIES:", skip: 1)
        guard let index = range.first(where: { !text.lines[$0].isEmpty }) else {
            throw text.error("missing the resource availabilities", line: range.lowerBound + 1)
        }
        let tokens = text.lines[index]
        guard tokens.count == resourceCount else {
            throw text.error(
                "expected \(resourceCount) availabilities, found \(tokens.count)", line: index + 1)
        }
        var capacities: [Int] = []
        for token in tokens { capacities.append(try text.integer(token, "availability")) }
        // The availabilities end the file: only blank and `***` lines may follow (a second
        // copy of the file would otherwise be ignored).
        if let extra = text.lines.indices.dropFirst(index + 1).first(where: {
            !text.lines[$0].isEmpty && !text.rawLines[$0].hasPrefix("***")
        }) {
            throw text.error(
                "unexpected content after the resource availabilities, which end a PSPLIB file",
                at: text.lines[extra][0])
        }
        return capacities
    }
}
