import Foundation
import Testing

/// Every `public` or `open` declaration of the listed modules has a `///` comment on the line
/// directly above it (attributes such as `@inlinable` may stand in between), so the rule of
/// issue #20 cannot regress. A plain text scan: a declaration is a line that starts, after
/// any attributes, with `public` or `open` followed by a word other than `import`.
@Suite struct PublicDocCommentTests {
    /// The modules held to the rule.
    static let modules = [
        "GLPK", "Grounding", "Optimization", "PartialOrderPlanning", "PDDL", "Pipeline",
        "PlanningTask", "Scheduling", "Search", "SourceText", "TimeUnits", "WerkCLI", "Workflow",
        "WorkflowExecution",
    ]

    @Test(arguments: modules)
    func everyPublicDeclarationIsDocumented(_ module: String) throws {
        let root = DocumentationPage.repository
        let directory = root.appending(path: "Sources/\(module)")
        let files = try #require(FileManager.default.enumerator(atPath: directory.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
        #expect(!files.isEmpty, "Sources/\(module) has no Swift files")
        for file in files {
            let text = try String(contentsOf: directory.appending(path: file), encoding: .utf8)
            for line in Self.undocumentedDeclarations(in: text) {
                Issue.record("Sources/\(module)/\(file):\(line): public declaration without ///")
            }
        }
    }

    @Test func scannerFindsUndocumentedDeclarations() {
        let text = """
            /// Documented.
            public struct A {
                public var b: Int
                /// Documented.
                @inlinable public init() {}
                @discardableResult
                public func c() -> Int { 0 }
                /// Documented, attribute in between.
                @MainActor
                public func d() {}
                func e() { open.push(1) }
            }
            public import Foundation
            """
        #expect(Self.undocumentedDeclarations(in: text) == [3, 7])
    }

    /// The 1-based lines of `text` declaring something `public` or `open` without a `///`
    /// line above (skipping lines holding only attributes).
    static func undocumentedDeclarations(in text: String) -> [Int] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        var undocumented: [Int] = []
        for (index, line) in lines.enumerated() where isDeclaration(line) {
            var above = index - 1
            while above >= 0, lines[above].hasPrefix("@"), !isDeclaration(lines[above]) {
                above -= 1
            }
            if above < 0 || !lines[above].hasPrefix("///") { undocumented.append(index + 1) }
        }
        return undocumented
    }

    /// Whether `line` (trimmed) starts, after any attributes, with `public` or `open` and a
    /// word other than `import`.
    static func isDeclaration(_ line: String) -> Bool {
        line.wholeMatch(of: /(@[\w.]+(\([^)]*\))?\s+)*(public|open)\s+(?!import\b)\w.*/) != nil
    }
}
