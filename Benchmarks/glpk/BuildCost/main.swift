// Swift side of the build-cost benchmark: builds the same sparse model as
// build_cost_direct.c (formula in sparse_model.h) through the Swift API — LinearModel rows
// from the same triplet arrays, then GLPKSolver.loadedSize, which validates and loads it
// into a glp_prob — and prints the seconds of each repetition (arrays built outside).
// Usage: glpk-build-cost ROWS COLUMNS PER_ROW REPETITIONS

import Foundation
import GLPK
import Optimization

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
guard arguments.count == 4 else {
    FileHandle.standardError.write(
        Data("usage: glpk-build-cost ROWS COLUMNS PER_ROW REPETITIONS\n".utf8))
    exit(2)
}
let (rows, columns, perRow, repetitions) = (arguments[0], arguments[1], arguments[2], arguments[3])

// The triplets of sparse_model.h, row by row (row i owns entries i·k ..< (i+1)·k).
var columnOfEntry = [Int](repeating: 0, count: rows * perRow)
var valueOfEntry = [Double](repeating: 0, count: rows * perRow)
for row in 0..<rows {
    for term in 0..<perRow {
        columnOfEntry[row * perRow + term] = (row + term * (columns / perRow)) % columns
        valueOfEntry[row * perRow + term] = 1 + Double((31 * row + 17 * term) % 100) / 10
    }
}

let clock = ContinuousClock()
for _ in 0..<repetitions {
    let start = clock.now
    var model = LinearModel(name: "sparse")
    for _ in 0..<columns {
        try model.addVariable(lowerBound: 0, upperBound: 10, objective: 1)
    }
    for row in 0..<rows {
        let entries = row * perRow..<(row + 1) * perRow
        try model.addConstraint(
            variables: columnOfEntry[entries], coefficients: valueOfEntry[entries],
            .lessOrEqual(100))
    }
    let built = clock.now
    let size = try await GLPKSolver().loadedSize(of: model)
    let loaded = clock.now
    let seconds = { (duration: Duration) in
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
    print(
        "swift,\(size.nonzeros),\(String(format: "%.6f", seconds(loaded - start))),"
            + "\(String(format: "%.6f", seconds(built - start)))")
}
