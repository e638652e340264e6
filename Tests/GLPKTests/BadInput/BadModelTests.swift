import GLPK
import Optimization
import SourceText
import Testing

/// API misuse: every case is answered by a typed error before GLPK sees the data.
@Suite struct BadModelTests {
    let solver = GLPKSolver()

    /// A model with one integer variable x ∈ [0, 10] and the row x ≤ 7.
    static func smallModel() throws -> LinearModel {
        var model = LinearModel()
        let x = try model.addVariable("x", kind: .integer, upperBound: 10, objective: 1)
        try model.addConstraint(LinearExpression(x), .lessOrEqual(7), name: "cap")
        try model.setObjective(LinearExpression(x), .maximize)
        return model
    }

    @Test(
        arguments: [
            (
                "NaN coefficient",
                { @Sendable (m: inout LinearModel) throws -> Void in
                    try m.addConstraint(variables: [0], coefficients: [.nan], .lessOrEqual(1))
                }
            ),
            (
                "infinite coefficient",
                { m in
                    try m.addConstraint(variables: [0], coefficients: [-.infinity], .lessOrEqual(1))
                }
            ),
            ("NaN objective", { m in try m.addVariable("y", objective: .nan) }),
            ("infinite bound", { m in try m.addVariable("y", lowerBound: -.infinity) }),
            ("NaN bound", { m in try m.addVariable("y", upperBound: .nan) }),
            ("lower above upper", { m in try m.addVariable("y", lowerBound: 3, upperBound: 2) }),
            (
                "empty row range",
                { m in
                    try m.addConstraint(variables: [0], coefficients: [1], .range(5, 4))
                }
            ),
            (
                "infinite right-hand side",
                { m in
                    try m.addConstraint(variables: [0], coefficients: [1], .lessOrEqual(.infinity))
                }
            ),
            (
                "unknown variable",
                { m in
                    try m.addConstraint(variables: [3], coefficients: [1], .equal(0))
                }
            ),
            (
                "negative variable index",
                { m in
                    try m.addConstraint(variables: [-1], coefficients: [1], .equal(0))
                }
            ),
            (
                "unknown variable in objective",
                { m in
                    try m.setObjective(LinearExpression(VariableID(9)), .minimize)
                }
            ),
            (
                "NaN objective constant",
                { m in
                    try m.setObjective(LinearExpression(constant: .nan), .minimize)
                }
            ),
        ] as [(String, @Sendable (inout LinearModel) throws -> Void)])
    func modelRefusesBadData(
        _ name: String, change: @Sendable (inout LinearModel) throws -> Void
    ) throws {
        var model = try Self.smallModel()
        let before = (model.variableCount, model.constraintCount, model.nonzeroCount)
        #expect(throws: ModelError.self, "\(name)") { try change(&model) }
        #expect(before == (model.variableCount, model.constraintCount, model.nonzeroCount))
    }

    @Test func violationNeedsOneValuePerVariable() throws {
        let model = try Self.smallModel()
        #expect(throws: ModelError.wrongValueCount(expected: 1, got: 2)) {
            try model.maximumViolation(at: [1, 2])
        }
    }

    @Test func emptyModelIsRefused() async throws {
        await #expect(throws: GLPKError.emptyModel) {
            try await solver.solve(LinearModel(), options: SolveOptions())
        }
    }

    /// An error that names no file is printed about the model file it came from; one that
    /// names its own file keeps it.
    @Test func errorsBecomeDiagnosticsAboutTheModelFile() {
        #expect(GLPKError.emptyModel.description == "error: the model has no variables")
        #expect(
            GLPKError.emptyModel.diagnostic(about: "m.lp").description
                == "m.lp: error: the model has no variables")
        #expect(
            GLPKError.missingFile(path: "data.dat").diagnostic(about: "m.mod").description
                == "data.dat: error: no such file")
    }

    @Test(arguments: [
        String(repeating: "v", count: 256), "line\nbreak", "tab\there", "", "bell\u{7}",
    ])
    func namesGLPKCannotStoreAreRefused(name: String) async throws {
        var model = LinearModel()
        try model.addVariable(name)
        await #expect(throws: GLPKError.invalidName(name)) {
            try await solver.solve(model, options: SolveOptions())
        }
    }

    @Test func duplicateNamesCannotBeWrittenToAFile() async throws {
        var columns = LinearModel()
        try columns.addVariable("x")
        try columns.addVariable("x")
        await #expect(throws: GLPKError.duplicateName("x")) {
            try await ModelFile.write(columns, to: "/tmp/never-written.lp", format: .lp)
        }
        var rows = try Self.smallModel()
        try rows.addConstraint(variables: [0], coefficients: [1], .greaterOrEqual(0), name: "cap")
        await #expect(throws: GLPKError.duplicateName("cap")) {
            try await ModelFile.write(rows, to: "/tmp/never-written.mps", format: .mps)
        }
    }

    @Test func rowWithMoreVariablesThanCoefficientsIsRefused() throws {
        var model = try Self.smallModel()
        #expect(throws: ModelError.lengthMismatch(row: "short", variables: 1, coefficients: 0)) {
            try model.addConstraint(variables: [0], coefficients: [], .equal(1), name: "short")
        }
    }

    @Test(
        arguments: [
            ([1, 2], "count"), ([.nan], "NaN"), ([.infinity], "infinite"),
        ] as [([Double], String)])
    func malformedWarmStartsAreRefused(values: [Double], _ what: String) async throws {
        var options = SolveOptions()
        options.warmStart = values
        await #expect(throws: GLPKError.self, "\(what)") {
            try await solver.solve(try Self.smallModel(), options: options)
        }
    }

    @Test(arguments: [[8.0], [2.5], [-1.0], [11.0]])
    func infeasibleWarmStartsAreRefused(values: [Double]) async throws {
        var options = SolveOptions()
        options.warmStart = values
        await #expect {
            try await solver.solve(try Self.smallModel(), options: options)
        } throws: { error in
            if case GLPKError.infeasibleWarmStart = error { true } else { false }
        }
    }

    @Test(
        arguments: [
            ("time limit", { @Sendable (o: inout SolveOptions) in o.timeLimit = -1 }),
            ("NaN time limit", { o in o.timeLimit = .nan }),
            ("infinite time limit", { o in o.timeLimit = .infinity }),
            ("negative gap", { o in o.relativeGap = -0.1 }),
            ("NaN gap", { o in o.relativeGap = .nan }),
            ("zero memory", { o in o.memoryLimit = 0 }),
        ] as [(String, @Sendable (inout SolveOptions) -> Void)])
    func optionsOutOfRangeAreRefused(
        _ name: String, change: @Sendable (inout SolveOptions) -> Void
    ) async throws {
        var options = SolveOptions()
        change(&options)
        await #expect {
            try await solver.solve(try Self.smallModel(), options: options)
        } throws: { error in
            if case GLPKError.invalidOption = error { true } else { false }
        }
    }

    @Test func offerOfTheWrongLengthFromTheCallbackIsRethrown() async throws {
        var model = LinearModel()
        for item in 0..<30 {
            try model.addVariable("x\(item)", kind: .binary, objective: Double(item % 7 + 1))
        }
        try model.addConstraint(
            variables: 0..<30, coefficients: (0..<30).map { Double($0 % 5 + 2) },
            .lessOrEqual(31))
        try model.setObjective(
            LinearExpression(terms: (0..<30).map { .init(VariableID($0), Double($0 % 7 + 1)) }),
            .maximize)
        var options = SolveOptions()
        options.cuts = []
        options.progress = { _ in .offer([1]) }
        await #expect {
            try await solver.solve(model, options: options)
        } throws: { error in
            if case GLPKError.invalidWarmStart = error { true } else { false }
        }
    }
}
