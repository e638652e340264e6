// Swift side of the build-cost benchmark: builds the same sparse model as
// build_cost_direct.c (formula in sparse_model.h) through the Swift API — LinearModel rows
// from the same triplet arrays, then GLPKSolver.loadedSize, which validates and loads it
// into a glp_prob — and prints the seconds of each repetition (arrays built outside).
// Usage: glpk-build-cost ROWS COLUMNS PER_ROW REPETITIONS

import Foundation
import GLPK
import Optimization

/// The sizes given on the command line.
struct BuildCostArguments {
    let rows: Int
    let columns: Int
    let perRow: Int
    let repetitions: Int
}

/// The triplets of sparse_model.h, row by row (row i owns entries i·k ..< (i+1)·k).
func sparseEntries(_ sizes: BuildCostArguments) -> (columns: [Int], values: [Double]) {
    var columns = [Int](repeating: 0, count: sizes.rows * sizes.perRow)
    var values = [Double](repeating: 0, count: sizes.rows * sizes.perRow)
    for row in 0..<sizes.rows {
        for term in 0..<sizes.perRow {
            let entry = row * sizes.perRow + term
            columns[entry] = (row + term * (sizes.columns / sizes.perRow)) % sizes.columns
            values[entry] = 1 + Double((31 * row + 17 * term) % 100) / 10
        }
    }
    return (columns, values)
}

/// Builds the model through the Swift API and loads it into GLPK, timing both steps.
func measure(_ sizes: BuildCostArguments, columns: [Int], values: [Double]) async throws
    -> (nonzeros: Int, total: Duration, model: Duration)
{
    let clock = ContinuousClock()
    let start = clock.now
    var model = LinearModel(name: "sparse")
    for _ in 0..<sizes.columns {
        try model.addVariable(lowerBound: 0, upperBound: 10, objective: 1)
    }
    for row in 0..<sizes.rows {
        let entries = row * sizes.perRow..<(row + 1) * sizes.perRow
        try model.addConstraint(
            variables: columns[entries], coefficients: values[entries], .lessOrEqual(100))
    }
    let built = clock.now
    let size = try await GLPKSolver().loadedSize(of: model)
    return (size.nonzeros, clock.now - start, built - start)
}

func seconds(_ duration: Duration) -> String {
    let (whole, fraction) = duration.components
    return String(format: "%.6f", Double(whole) + Double(fraction) * 1e-18)
}

let numbers = CommandLine.arguments.dropFirst().compactMap { Int($0) }
guard numbers.count == 4 else {
    FileHandle.standardError.write(
        Data("usage: glpk-build-cost ROWS COLUMNS PER_ROW REPETITIONS\n".utf8))
    exit(2)
}
let sizes = BuildCostArguments(
    rows: numbers[0], columns: numbers[1], perRow: numbers[2], repetitions: numbers[3])
let (entryColumns, entryValues) = sparseEntries(sizes)
for _ in 0..<sizes.repetitions {
    let (nonzeros, total, model) = try await measure(
        sizes, columns: entryColumns, values: entryValues)
    print("swift,\(nonzeros),\(seconds(total)),\(seconds(model))")
}
