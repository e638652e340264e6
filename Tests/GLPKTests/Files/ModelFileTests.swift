import Foundation
import GLPK
import Optimization
import Testing

@Suite struct ModelFileTests {
    @Test func formatIsDetectedFromExtensionThenContent() throws {
        #expect(ModelFileFormat(extensionOf: "a/b.LP") == .lp)
        #expect(ModelFileFormat(extensionOf: "b.mps.gz") == .mps)
        #expect(ModelFileFormat(extensionOf: "b.mod") == .mathProg)
        #expect(ModelFileFormat(extensionOf: "dir.v2/model") == nil)
        #expect(try ModelFile(path: Fixtures.path("good/wyndor-no-extension")).format == .lp)
        #expect(ModelFileFormat(content: "NAME test\nROWS\n N obj\n") == .mps)
        #expect(ModelFileFormat(content: "param n;\nvar x{1..n};\n") == .mathProg)
        #expect(ModelFileFormat(content: "maximize z: x;\ns.t. c: x <= 1;\n") == .mathProg)
        #expect(ModelFileFormat(content: "Minimize\n obj: x\nSubject To\n c: x >= 1\nEnd\n") == .lp)
    }

    @Test func detectedMPSFallsBackToFreeFormat() async throws {
        let file = try ModelFile(path: Fixtures.path("good/free.mps"))
        #expect(file.formatWasDetected)
        let result = try await file.solve(options: SolveOptions())
        #expect(result.solution.status == .optimal)
        #expect(result.model.variables.map(\.name) == ["x"])
    }

    @Test func mathProgOutputIsCapturedInOrder() async throws {
        let file = try ModelFile(
            path: Fixtures.path("good/sum.mod"), dataFiles: [Fixtures.path("good/sum.dat")])
        let result = try await file.solve(options: SolveOptions())
        #expect(result.output == "done 3\n")
        #expect(result.solution.objective == 3)
    }

    /// Writing a model and reading it back gives the same model and the same optimum, for
    /// what each format can hold: GLPK writes an LP range row as an equality with a slack
    /// column, and MPS has no objective sense (it reads back as minimisation); neither
    /// keeps the objective constant.
    @Test(arguments: [ModelFileFormat.lp, .mps, .freeMPS])
    func writtenModelsReadBackTheSame(format: ModelFileFormat) async throws {
        var model = LinearModel(name: "mix")
        let x = try model.addVariable("x", kind: .integer, lowerBound: -3, upperBound: 8)
        let y = try model.addVariable("y", lowerBound: nil, upperBound: 4.5)
        let z = try model.addVariable("z", kind: .integer, lowerBound: 0, upperBound: 2)
        try model.addVariable("w", kind: .binary, objective: 0)
        let band: RowBounds = format == .lp ? .lessOrEqual(17) : .range(-4, 17)
        try model.addConstraint(2 * x + 3 * y - 1 * z, band, name: "band")
        try model.addConstraint(LinearExpression(x) + y, .greaterOrEqual(-2), name: "floor")
        try model.addConstraint(LinearExpression(y) + z, .equal(3.5), name: "tie")
        try model.setObjective(
            4 * x + 1 * y + 6 * z, format == .lp ? .maximize : .minimize)
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("mix.\(format.rawValue)").path
        try await ModelFile.write(model, to: path, format: format)

        let read = try await ModelFile(path: path, format: format).read()
        #expect(read.variables == model.variables)
        #expect(read.rowNames == model.rowNames)
        #expect(read.rowBounds == model.rowBounds)
        #expect(read.coefficients == model.coefficients)
        #expect(read.columnIndices == model.columnIndices)
        #expect(read.objectiveCoefficients == model.objectiveCoefficients)
        #expect(read.objectiveSense == model.objectiveSense)

        let direct = try await GLPKSolver().solve(model, options: SolveOptions())
        let viaFile = try await ModelFile(path: path, format: format).solve(
            options: SolveOptions())
        #expect(direct.status == .optimal)
        #expect(viaFile.solution.status == direct.status)
        #expect(viaFile.solution.objective == direct.objective)
    }

    @Test func copiesAreWrittenBeforeSolving() async throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("workforce.lp").path
        let problems = Fixtures.repositoryRoot.appendingPathComponent("Problems/lp")
        let file = try ModelFile(
            path: problems.appendingPathComponent("workforce.mod").path,
            dataFiles: [problems.appendingPathComponent("workforce.dat").path])
        let result = try await file.solve(
            options: SolveOptions(), writing: [ModelFileCopy(path: copy, format: .lp)])
        let again = try await ModelFile(path: copy).solve(options: SolveOptions())
        #expect(again.solution.status == .optimal)
        #expect(again.solution.objective == result.solution.objective)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["workforce.lp"])
    }

    @Test func timeLimitOnAHardModelIsAResult() async throws {
        // A 0-1 model with no cuts and a zero time limit cannot be finished: the search
        // stops and reports a limit, not an error.
        let (model, _, _, _) = try ExampleModels.knapsack(items: 200, seed: 17)
        var options = SolveOptions()
        options.timeLimit = 0
        options.cuts = []
        options.presolve = false
        let solution = try await GLPKSolver().solve(model, options: options)
        #expect(solution.limitReached)
        #expect(solution.status == .feasible || solution.status == .unknown)
    }
}
