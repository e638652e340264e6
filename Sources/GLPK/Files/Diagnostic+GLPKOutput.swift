import Foundation
import SourceText

extension Diagnostic {
    /// What GLPK printed about a bad file, as a located diagnostic: the report about one of
    /// `paths` in `lines`, or the last line of output (about `fallbackPath`) when GLPK named
    /// no file.
    ///
    /// GLPK's readers report `file:line: message` (the MathProg translator adds a `Context:`
    /// line with the text read up to the error); the column is that of the context's last
    /// token when it occurs on that line, else 1.
    init(glpkOutput lines: [String], paths: [String], fallbackPath: String) {
        for (index, text) in lines.enumerated() {
            guard let (path, line, message) = Self.locatedReport(text, paths: paths) else {
                continue
            }
            let context = lines.dropFirst(index + 1).first { $0.hasPrefix("Context:") }
            let column = context.flatMap { Self.column(ofContext: $0, path: path, line: line) }
            // GLPK says line 0 when the file ended before anything was read.
            self.init(file: path, line: max(line, 1), column: column ?? 1, message: message)
            return
        }
        let generic = [
            "MathProg model processing error", "CPLEX LP file processing error",
            "MPS file processing error",
        ]
        let message =
            lines.last { !$0.isEmpty && !generic.contains($0) }
            ?? "GLPK could not process the file"
        self.init(file: fallbackPath, location: .unknown, message: message)
    }

    private static func locatedReport(_ text: String, paths: [String]) -> (String, Int, String)? {
        for path in paths where text.hasPrefix(path + ":") {
            let rest = text.dropFirst(path.count + 1)
            guard let colon = rest.firstIndex(of: ":"), let line = Int(rest[..<colon]) else {
                continue
            }
            let message = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return (path, line, message)
        }
        return nil
    }

    /// The 1-based column of the context's last token in line `line` of `path`.
    private static func column(ofContext context: String, path: String, line: Int) -> Int? {
        guard let token = context.split(separator: " ").last, token != "Context:",
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count,
            let range = lines[line - 1].range(of: token)
        else { return nil }
        return lines[line - 1].distance(from: lines[line - 1].startIndex, to: range.lowerBound)
            + 1
    }
}
