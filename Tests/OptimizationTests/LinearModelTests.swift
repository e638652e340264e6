import Optimization
import Testing

@Suite struct LinearModelTests {
    @Test func repeatedVariablesInOneRowAreMerged() throws {
        var model = LinearModel()
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        let row = try model.addConstraint(
            LinearExpression(x) + LinearExpression(x) + 3 * y + 5, .lessOrEqual(10))
        let entries = Array(model.row(row))
        #expect(entries.map(\.column) == [0, 1])
        #expect(entries.map(\.coefficient) == [2, 3])
        #expect(model.rowBounds[row.index] == .lessOrEqual(5))
    }

    @Test func cancellingTermsLeaveNoZeroInTheMatrix() throws {
        var model = LinearModel()
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        try model.addConstraint(LinearExpression(x) - LinearExpression(x) + y, .equal(1))
        #expect(model.nonzeroCount == 1)
    }

    @Test func badDataIsRefusedBeforeAnySolverSeesIt() throws {
        var model = LinearModel()
        let x = try model.addVariable("x")
        #expect(throws: ModelError.self) {
            try model.addVariable("y", lowerBound: 2, upperBound: 1)
        }
        #expect(throws: ModelError.self) { try model.addVariable("z", upperBound: .infinity) }
        #expect(throws: ModelError.self) {
            try model.addConstraint(Double.nan * x, .lessOrEqual(1))
        }
        #expect(throws: ModelError.self) {
            try model.addConstraint(variables: [7], coefficients: [1], .equal(0))
        }
        #expect(throws: ModelError.self) {
            try model.addConstraint(LinearExpression(x), .range(3, 1))
        }
        // A refused row leaves the model as it was.
        #expect(model.constraintCount == 0)
        #expect(model.nonzeroCount == 0)
    }

    @Test func violationMeasuresBoundsRowsAndIntegrality() throws {
        var model = LinearModel()
        let x = try model.addVariable("x", kind: .integer, lowerBound: 0, upperBound: 4)
        let y = try model.addVariable("y")
        try model.addConstraint(LinearExpression(x) + LinearExpression(y), .lessOrEqual(5))
        #expect(try model.maximumViolation(at: [2, 3]) == 0)
        #expect(try model.maximumViolation(at: [2, 4]) == 1)
        #expect(try model.maximumViolation(at: [2.5, 0]) == 0.5)
        #expect(throws: ModelError.self) { try model.maximumViolation(at: [1]) }
    }
}

@Suite struct RowBoundsTests {
    @Test(
        arguments: [
            (nil, nil, RowBounds.free), (1, nil, .greaterOrEqual(1)), (nil, 2, .lessOrEqual(2)),
            (3, 3, .equal(3)), (1, 4, .range(1, 4)),
        ] as [(Double?, Double?, RowBounds)])
    func endsRoundTrip(lower: Double?, upper: Double?, expected: RowBounds) {
        let bounds = RowBounds(lower: lower, upper: upper)
        #expect(bounds == expected)
        #expect(bounds.lower == lower)
        #expect(bounds.upper == upper)
    }

    @Test func mismatchedRowLengthsAreRefused() throws {
        var model = LinearModel()
        try model.addVariable("x")
        #expect(throws: ModelError.lengthMismatch(row: "r1", variables: 1, coefficients: 2)) {
            try model.addConstraint(variables: [0], coefficients: [1, 2], .equal(0))
        }
        #expect(model.constraintCount == 0)
    }
}
