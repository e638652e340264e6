public import SourceText

/// The file formats `werk schedule` reads.
public enum InstanceFormat: String, Sendable, CaseIterable {
    /// Choose from the file name and, failing that, from the contents.
    case auto
    /// PSPLIB single-mode RCPSP.
    case sm
    /// PSPLIB multi-mode RCPSP.
    case mm
    /// Patterson `.rcp`.
    case rcp
    /// Job shop, OR-Library / Taillard text.
    case jobshop
    /// Flexible job shop, Brandimarte / Hurink `.fjs` text.
    case fjs
    /// Werkvloei YAML.
    case yaml
    /// Werkvloei JSON.
    case json

    /// The concrete format of `file` with `contents`: by extension, else by content.
    public static func detect(file: String, contents: String) -> InstanceFormat {
        let lowered = file.lowercased()
        for (suffix, format) in [
            (".sm", sm), (".mm", mm), (".rcp", rcp), (".yaml", yaml), (".yml", yaml),
            (".json", json), (".fjs", fjs),
        ] where lowered.hasSuffix(suffix) {
            return format
        }
        if contents.contains("PRECEDENCE RELATIONS:") { return .mm }
        let contents = contents.first == "\u{FEFF}" ? contents.dropFirst() : Substring(contents)
        let firstCharacter = contents.first { !$0.isWhitespace }
        if firstCharacter == "{" { return .json }
        if let firstCharacter, firstCharacter.isLetter { return .yaml }
        // The remaining formats are all integers: a job-shop header has two numbers and
        // is followed by lines of an even count of numbers; a flexible job shop's job lines
        // each hold exactly the operations and machine choices they announce.
        let lines = contents.split(whereSeparator: \.isNewline).map {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" })
        }.filter { !$0.isEmpty && !($0.first?.hasPrefix("#") ?? false) }
        if let header = lines.first, header.count == 2 || header.count == 3,
            let jobs = Int(header[0]), lines.count == jobs + 1,
            lines.dropFirst().allSatisfy(isFlexibleJobLine)
        {
            return .fjs
        }
        if let header = lines.first, header.count == 2, let jobs = Int(header[0]),
            lines.count == jobs + 1, lines.dropFirst().allSatisfy({ $0.count.isMultiple(of: 2) })
        {
            return .jobshop
        }
        return .rcp
    }

    /// Parses `contents` read from `file` in this format (``auto`` detects it first), and
    /// checks it against ``SchedulingLimits``.
    public func parse(file: String, contents: String) throws(Diagnostic) -> SchedulingProblem {
        let name = Self.baseName(of: file)
        let problem: SchedulingProblem
        switch self {
        case .auto:
            return try Self.detect(file: file, contents: contents).parse(
                file: file, contents: contents)
        case .sm, .mm:
            problem = try PSPLIBParser(file: file, contents: contents).parse(name: name)
        case .rcp:
            problem = try PattersonParser(file: file, contents: contents).parse(name: name)
        case .jobshop:
            problem = try JobShopParser(file: file, contents: contents).parse(name: name)
        case .fjs:
            problem = try FlexibleJobShopParser(file: file, contents: contents).parse(name: name)
                .schedulingProblem
        case .yaml, .json:
            problem = try WerkvloeiParser(file: file, contents: contents).parse(name: name)
        }
        // Single values were checked where they were read; this catches the sums.
        if let violation = SchedulingLimits.violation(in: problem) {
            throw Diagnostic(file: file, line: 1, column: 1, message: violation)
        }
        return problem
    }

    /// Whether `numbers` read as a flexible job-shop job line: an operation count, then per
    /// operation a machine count `k ≥ 1` and `k` pairs, with nothing left over.
    private static func isFlexibleJobLine(_ numbers: [Substring]) -> Bool {
        guard let operations = Int(numbers[0]), operations >= 1 else { return false }
        var next = 1
        for _ in 0..<min(operations, numbers.count) {
            guard next < numbers.count, let choices = Int(numbers[next]), choices >= 1,
                choices <= (numbers.count - next - 1) / 2
            else { return false }
            next += 1 + 2 * choices
        }
        return next == numbers.count
    }

    /// The file name without folders and extension.
    static func baseName(of file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }
}
