import CGLPK
import Foundation
import SourceText

extension Problem {
    /// Largest magnitude of a coefficient or finite bound that reaches GLPK's solvers: beyond
    /// it scaling computes invalid factors and GLPK aborts the process (`glp_set_sjj: invalid
    /// scale factor` for a coefficient of 1e308). CPLEX treats 1e30 as infinity; so do we.
    static let largestMagnitude = 1e30

    /// The first objective coefficient, constraint coefficient or finite bound beyond
    /// ``largestMagnitude`` (or not finite), with the name of its row or column.
    ///
    /// - Complexity: O(rows + columns + nonzeros).
    func firstValueOutOfRange() -> (value: Double, place: String)? {
        func bad(_ value: Double) -> Bool { !(abs(value) <= Self.largestMagnitude) }
        func boundsOutOfRange(_ type: Int32, _ lower: Double, _ upper: Double) -> Double? {
            let lowerUsed = type == GLP_LO || type == GLP_DB || type == GLP_FX
            let upperUsed = type == GLP_UP || type == GLP_DB || type == GLP_FX
            if lowerUsed, bad(lower) { return lower }
            if upperUsed, bad(upper) { return upper }
            return nil
        }
        if bad(glp_get_obj_coef(pointer, 0)) {
            return (glp_get_obj_coef(pointer, 0), "the objective constant")
        }
        for column in 0..<columnCount {
            let j = Int32(column + 1)
            let name = columnName(column) ?? "x\(column + 1)"
            if bad(glp_get_obj_coef(pointer, j)) {
                return (glp_get_obj_coef(pointer, j), "the objective coefficient of \(name)")
            }
            if let value = boundsOutOfRange(
                glp_get_col_type(pointer, j), glp_get_col_lb(pointer, j),
                glp_get_col_ub(pointer, j))
            {
                return (value, "a bound of \(name)")
            }
        }
        var indices = [Int32](repeating: 0, count: columnCount + 1)
        var values = [Double](repeating: 0, count: columnCount + 1)
        for row in 0..<rowCount {
            let i = Int32(row + 1)
            let name = rowName(row) ?? "r\(row + 1)"
            let length = Int(glp_get_mat_row(pointer, i, &indices, &values))
            if let index = (1..<length + 1).first(where: { bad(values[$0]) }) {
                let column = columnName(Int(indices[index]) - 1) ?? "x\(indices[index])"
                return (values[index], "the coefficient of \(column) in \(name)")
            }
            if let value = boundsOutOfRange(
                glp_get_row_type(pointer, i), glp_get_row_lb(pointer, i),
                glp_get_row_ub(pointer, i))
            {
                return (value, "a bound of \(name)")
            }
        }
        return nil
    }

    /// What is wrong with `value` at `place`, for ``GLPKError``.
    static func outOfRangeMessage(_ place: String, _ value: Double) -> String {
        "\(place) is \(value), beyond ±\(largestMagnitude), the largest magnitude handed to GLPK"
    }

    /// Throws ``GLPKError/malformedFile(_:)`` when a value of the
    /// problem read from `path` is out of range, located at the first number in the file of
    /// that magnitude when there is one (a MathProg value may be computed, not written).
    func checkMagnitudes(readFrom path: String) throws(GLPKError) {
        guard let (value, place) = firstValueOutOfRange() else { return }
        let location = Self.firstNumber(beyond: Self.largestMagnitude, inFile: path)
        let message = Self.outOfRangeMessage(place, value)
        throw .malformedFile(
            location.map {
                Diagnostic(file: path, line: $0.line, column: $0.column, message: message)
            }
                ?? Diagnostic(file: path, location: .unknown, message: message))
    }

    /// Line and column (1-based) of the first number written in `path` whose magnitude is
    /// beyond `limit`. O(file size).
    static func firstNumber(beyond limit: Double, inFile path: String) -> (line: Int, column: Int)?
    {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let lineEnds: Set<Character> = ["\n", "\r\n", "\r"]
        let numberCharacters = Set("0123456789.eE+-")
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: lineEnds.contains)
        for (index, line) in lines.enumerated() {
            var position = line.startIndex
            var afterName = false
            while position < line.endIndex {
                let character = line[position]
                // A number starts a token: the digits of a name such as x1e400 are not one.
                guard character.isNumber || character == ".", !afterName else {
                    afterName = character.isLetter || character.isNumber || character == "_"
                    position = line.index(after: position)
                    continue
                }
                let end =
                    line[position...].firstIndex { !numberCharacters.contains($0) }
                    ?? line.endIndex
                if let value = Double(line[position..<end]), !(abs(value) <= limit) {
                    return (index + 1, line.distance(from: line.startIndex, to: position) + 1)
                }
                position = end
            }
        }
        return nil
    }
}
