import Foundation

/// One Markdown page of the documentation (README.md or a page under docs/), split into its
/// fenced code blocks and the prose around them.
struct DocumentationPage: Sendable {
    /// A fenced code block: its info string, its lines, where it starts.
    struct CodeBlock: Sendable {
        /// The first word of the info string (`console`, `json`, `yaml`, `sh`…), or "".
        var language: String
        var lines: [String]
        /// The 1-based line of the opening fence.
        var line: Int
        /// The schema named by a `<!-- schema: PATH -->` line right above the block.
        var schema: String?
    }

    /// The repository: three levels above this file.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// README.md and every Markdown file under docs/, in path order.
    static let all: [DocumentationPage] = {
        var paths = ["README.md"]
        let docs = repository.appendingPathComponent("docs")
        if let walker = FileManager.default.enumerator(atPath: docs.path) {
            for case let path as String in walker where path.hasSuffix(".md") {
                paths.append("docs/\(path)")
            }
        }
        return paths.sorted().map { DocumentationPage(path: $0) }
    }()

    /// The path relative to the repository.
    var path: String
    var codeBlocks: [CodeBlock] = []
    /// The lines outside code blocks, with their 1-based numbers.
    var prose: [(line: Int, text: String)] = []

    init(path: String) {
        self.path = path
        let url = Self.repository.appendingPathComponent(path)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var open: CodeBlock?
        var schema: String?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if let block = open {
                    codeBlocks.append(block)
                    open = nil
                } else {
                    let info = trimmed.dropFirst(3).split(separator: " ").first.map(String.init)
                    open = CodeBlock(
                        language: info ?? "", lines: [], line: index + 1, schema: schema)
                }
                schema = nil
                continue
            }
            if open != nil {
                open?.lines.append(line)
                continue
            }
            prose.append((index + 1, line))
            schema = Self.schemaAnnotation(in: trimmed)
        }
    }

    /// `PATH` of a `<!-- schema: PATH -->` line.
    private static func schemaAnnotation(in line: String) -> String? {
        guard line.hasPrefix("<!-- schema:"), line.hasSuffix("-->") else { return nil }
        return line.dropFirst("<!-- schema:".count).dropLast(3)
            .trimmingCharacters(in: .whitespaces)
    }

    /// The targets of the Markdown links and images in the prose, without inline code spans.
    var links: [(line: Int, target: String)] {
        let pattern = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/
        return prose.flatMap { line, text in
            Self.removingCodeSpans(text).matches(of: pattern).map { (line, String($0.output.1)) }
        }
    }

    /// The anchors of this page's headings, as GitHub makes them: lower case, punctuation
    /// other than `-` and `_` dropped, spaces turned into `-`.
    var anchors: Set<String> {
        Set(
            prose.compactMap { _, text -> String? in
                guard text.hasPrefix("#") else { return nil }
                let title = text.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                let kept = title.lowercased().filter {
                    $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_"
                }
                return kept.replacingOccurrences(of: " ", with: "-")
            })
    }

    private static func removingCodeSpans(_ text: String) -> String {
        text.replacing(/`[^`]*`/, with: "")
    }
}
