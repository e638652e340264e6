import Foundation
import GLPK
import Optimization
import SourceText
import Testing

/// Malformed files and file misuse: every case is a typed error naming the file (and the
/// line, when GLPK gives one); none reaches GLPK's abort path.
@Suite struct BadFileTests {
    /// (fixture, data files, the line GLPK reports or nil, a word of the message)
    @Test(
        arguments: [
            ("bad/syntax.mod", [], 3, "syntax error"),
            ("good/sum.mod", ["bad/syntax.dat"], 2, "syntax error"),
            ("bad/trailing-symbol.lp", [], 4, "right-hand side"),
            ("bad/double-relation.lp", [], 4, "right-hand side"),
            ("bad/unknown-section.lp", [], 8, "bound"),
            ("bad/empty.lp", [], 1, "keyword missing"),
            ("bad/binary.lp", [], 1, "control character"),
            ("bad/bad-number.mps", [], 6, "floating-point"),
            ("bad/unknown-row.mps", [], 8, "not found"),
        ] as [(String, [String], Int, String)])
    func malformedFilesReportFileAndLine(
        fixture: String, data: [String], line: Int, word: String
    ) async throws {
        let file = try ModelFile(
            path: Fixtures.path(fixture), dataFiles: data.map(Fixtures.path))
        await #expect {
            try await file.solve(options: SolveOptions())
        } throws: { error in
            guard case GLPKError.malformedFile(let diagnostic) = error else { return false }
            let expectedPath = Fixtures.path(data.first ?? fixture)
            return diagnostic.file == expectedPath && Int(diagnostic.location.line) == line
                && diagnostic.message.contains(word)
                && "\(error)".hasPrefix("\(expectedPath):\(line):")
        }
    }

    /// Errors raised while the MathProg model runs, before or after `solve`.
    @Test(
        arguments: [
            ("bad/division.mod", [], 4, "zero divide"),
            ("bad/check.mod", [], 2, "check failed"),
            ("bad/postsolve.mod", [], 4, "zero divide"),
            ("good/sum.mod", ["good/sum-without-n.dat"], 3, "no value for n"),
        ] as [(String, [String], Int, String)])
    func failingModelStatementsReportTheirLine(
        fixture: String, data: [String], line: Int, word: String
    ) async throws {
        let file = try ModelFile(path: Fixtures.path(fixture), dataFiles: data.map(Fixtures.path))
        await #expect {
            try await file.solve(options: SolveOptions())
        } throws: { error in
            guard case GLPKError.modelEvaluationFailed(let diagnostic) = error else { return false }
            return diagnostic.file == Fixtures.path(fixture)
                && Int(diagnostic.location.line) == line
                && diagnostic.message.contains(word)
        }
    }

    @Test func fixedMPSGivenExplicitlyDoesNotFallBackToFree() async throws {
        let file = try ModelFile(path: Fixtures.path("good/free.mps"), format: .mps)
        await #expect {
            try await file.solve(options: SolveOptions())
        } throws: { error in
            if case GLPKError.malformedFile = error { true } else { false }
        }
    }

    @Test func missingFilesAreRefusedBeforeGLPK() throws {
        #expect(throws: GLPKError.missingFile(path: "/nonexistent/model.lp")) {
            try ModelFile(path: "/nonexistent/model.lp")
        }
        #expect(throws: GLPKError.unreadableFile(path: Fixtures.directory.path)) {
            try ModelFile(path: Fixtures.directory.path)
        }
        #expect(throws: GLPKError.missingFile(path: "/nonexistent/data.dat")) {
            try ModelFile(path: Fixtures.path("good/sum.mod"), dataFiles: ["/nonexistent/data.dat"])
        }
    }

    @Test func dataFilesOnlyGoWithMathProg() throws {
        #expect(throws: GLPKError.unexpectedDataFiles(format: .lp)) {
            try ModelFile(
                path: Fixtures.path("bad/empty.lp"), dataFiles: [Fixtures.path("good/sum.dat")])
        }
    }

    @Test func unrecognisableContentNeedsAFormat() throws {
        let path = Fixtures.path("bad/prose.txt")
        #expect(throws: GLPKError.unknownFormat(path: path)) { try ModelFile(path: path) }
    }

    @Test func writingToAMissingDirectoryOrAsMathProgFails() async throws {
        let model = try BadModelTests.smallModel()
        for (path, format) in [
            ("/nonexistent/dir/model.lp", ModelFileFormat.lp), ("/tmp/model.mod", .mathProg),
        ] {
            await #expect {
                try await ModelFile.write(model, to: path, format: format)
            } throws: { error in
                if case GLPKError.writeFailed = error { true } else { false }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/model.mod"))
    }
}
