import Foundation
import GLPK
import Optimization
import SourceText
import Testing

/// Issue #18: a value GLPK cannot scale (1e308 made `glp_scale_prob` abort the process) is a
/// located error in every format; a byte order mark and CRLF line ends are read; content
/// after an MPS file's ENDATA is an error.
@Suite struct OutOfRangeValueTests {
    /// Writes `text` to `name` in a scratch directory and solves it.
    private func solve(_ name: String, _ text: String) async throws -> ModelFileSolution {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try await ModelFile(path: path).solve(options: SolveOptions())
    }

    /// The line, column and message of the error solving `text` as `name` raises.
    private func failure(_ name: String, _ text: String) async -> (Int?, Int?, String)? {
        do {
            _ = try await solve(name, text)
        } catch GLPKError.malformedFile(let diagnostic) {
            let location = diagnostic.location
            guard location != .unknown else { return (nil, nil, diagnostic.message) }
            return (Int(location.line), Int(location.column), diagnostic.message)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return nil
    }

    static let lp = """
        Maximize
         obj: x + y
        Subject To
         c1: x + y <= 240
        Bounds
         0 <= x <= 10
         0 <= y <= 10
        End

        """

    @Test(
        "Values beyond 1e30 in LP files are located errors",
        arguments: [
            ("c1: x + y", "c1: 1e308 x + y", 4, 6, "coefficient of x in c1"),
            ("obj: x + y", "obj: x + 1e31 y", 2, 11, "objective coefficient of y"),
            ("0 <= x <= 10", "0 <= x <= 1e308", 6, 12, "bound of x"),
        ])
    func lpValues(original: String, replacement: String, line: Int, column: Int, words: String)
        async throws
    {
        let text = Self.lp.replacingOccurrences(of: original, with: replacement)
        let (reportedLine, reportedColumn, message) = try #require(await failure("m.lp", text))
        #expect(reportedLine == line && reportedColumn == column)
        #expect(message.contains(words) && message.contains("1e+30"))
    }

    @Test("Values beyond 1e30 in MPS and MathProg files are located errors")
    func mpsAndMathProg() async throws {
        let mps = """
            NAME TINY
            ROWS
             N COST
             L LIMIT
            COLUMNS
             X COST 1.0 LIMIT 1e308
            RHS
             RHS LIMIT 4.0
            BOUNDS
             UP BND X 10
            ENDATA

            """
        let fromMPS = try #require(await failure("m.mps", mps))
        #expect(fromMPS.0 == 6 && fromMPS.1 == 19)
        #expect(fromMPS.2.contains("coefficient of X in LIMIT"))
        // A computed value has no place in the file to point at.
        let mathProg = """
            param big := 10 ^ 300;
            var x >= 0, <= 10;
            maximize z: x;
            s.t. c: big * x <= 5;
            end;

            """
        let fromMathProg = try #require(await failure("m.mod", mathProg))
        #expect(fromMathProg.0 == nil)
        #expect(fromMathProg.2.contains("coefficient of x in c"))
        // 1e30 itself is accepted (CPLEX's infinity).
        let atLimit = try await solve(
            "ok.lp", Self.lp.replacingOccurrences(of: "x + y <=", with: "1e30 x + y <="))
        #expect(atLimit.solution.status == .optimal)
    }

    @Test("LP, MPS and MathProg files with a byte order mark and CRLF solve like the originals")
    func byteOrderMark() async throws {
        let plain = try await solve("plain.lp", Self.lp)
        let marked = try await solve(
            "marked.lp", "\u{FEFF}" + Self.lp.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(marked.solution.status == .optimal)
        #expect(marked.solution.objective == plain.solution.objective)
        let model = "var x >= 0, <= 3;\nmaximize z: 2 * x;\nend;\n"
        let mathProg = try await solve("marked.mod", "\u{FEFF}" + model)
        #expect(mathProg.solution.objective == 6)
        // An error in a marked file still names the file and the line an editor shows.
        let broken = try #require(
            await failure(
                "broken.lp",
                "\u{FEFF}" + Self.lp.replacingOccurrences(of: "<= 240", with: "<= <= 240")))
        #expect(broken.0 == 4)
    }

    @Test("A model built in Swift with a coefficient of 1e308 is refused before GLPK scales it")
    func linearModel() async throws {
        var model = LinearModel(name: "huge")
        let x = try model.addVariable("x", upperBound: 10, objective: 1)
        let y = try model.addVariable("y", upperBound: 10, objective: 1)
        try model.addConstraint(
            variables: [x.index, y.index], coefficients: [1e308, 1], .lessOrEqual(240),
            name: "c1")
        await #expect(
            throws: GLPKError.valueOutOfRange(place: "the coefficient of x in c1", value: 1e308)
        ) {
            try await GLPKSolver().solve(model, options: SolveOptions())
        }
    }

    @Test("Content after ENDATA is refused; comments and blank lines are not content")
    func afterEndOfData() async throws {
        let mps = "NAME T\nROWS\n N COST\nCOLUMNS\n X COST 1\nBOUNDS\n UP BND X 2\nENDATA\n"
        let ok = try await solve("ok.mps", mps + "\n* a comment\n\n")
        #expect(ok.solution.status == .optimal)
        let twice = try #require(await failure("twice.mps", mps + mps))
        #expect(twice.0 == 9 && twice.1 == 1)
        #expect(twice.2.contains("after ENDATA"))
    }
}
