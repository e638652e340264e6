import CGLPK
import Foundation
import Optimization

extension Problem {
    /// Reads an LP or MPS file into this problem (GLPK erases it first). Returns `false`
    /// when GLPK reported an error (through the terminal capture).
    func read(_ path: String, format: ModelFileFormat) -> Bool {
        switch format {
        case .lp: glp_read_lp(pointer, nil, path) == 0
        case .mps: glp_read_mps(pointer, GLP_MPS_DECK, nil, path) == 0
        case .freeMPS: glp_read_mps(pointer, GLP_MPS_FILE, nil, path) == 0
        case .mathProg: false
        }
    }

    /// Writes this problem as LP or MPS, through a temporary file renamed into place.
    func write(to path: String, format: ModelFileFormat) throws(GLPKError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(UUID().uuidString).tmp").path
        let code: Int32
        switch format {
        case .lp: code = glp_write_lp(pointer, nil, temporary)
        case .mps: code = glp_write_mps(pointer, GLP_MPS_DECK, nil, temporary)
        case .freeMPS: code = glp_write_mps(pointer, GLP_MPS_FILE, nil, temporary)
        case .mathProg:
            throw .writeFailed(path: path, message: "GLPK cannot write MathProg models")
        }
        guard code == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .writeFailed(path: path, message: "GLPK could not write \(format.rawValue)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw .writeFailed(path: path, message: reason)
        }
    }

    /// This problem as a solver-independent model: names, kinds, bounds, objective, rows.
    ///
    /// - Complexity: O(rows + columns + nonzeros).
    func linearModel() throws(GLPKError) -> LinearModel {
        let name = glp_get_prob_name(pointer).map { String(cString: $0) } ?? "model"
        var model = LinearModel(name: name)
        do {
            var objective = LinearExpression(constant: glp_get_obj_coef(pointer, 0))
            for column in 0..<columnCount {
                let j = Int32(column + 1)
                let (lower, upper) = Self.bounds(
                    type: glp_get_col_type(pointer, j), lower: glp_get_col_lb(pointer, j),
                    upper: glp_get_col_ub(pointer, j))
                let kind: VariableKind
                switch glp_get_col_kind(pointer, j) {
                case GLP_BV: kind = .binary
                case GLP_IV: kind = .integer
                default: kind = .continuous
                }
                let id = try model.addVariable(
                    columnName(column) ?? "x\(column + 1)", kind: kind, lowerBound: lower,
                    upperBound: upper)
                let coefficient = glp_get_obj_coef(pointer, j)
                if coefficient != 0 { objective.terms.append(.init(id, coefficient)) }
            }
            try model.setObjective(objective, isMaximization ? .maximize : .minimize)
            var indices = [Int32](repeating: 0, count: columnCount + 1)
            var values = [Double](repeating: 0, count: columnCount + 1)
            for row in 0..<rowCount {
                let i = Int32(row + 1)
                let length = Int(glp_get_mat_row(pointer, i, &indices, &values))
                let (lower, upper) = Self.bounds(
                    type: glp_get_row_type(pointer, i), lower: glp_get_row_lb(pointer, i),
                    upper: glp_get_row_ub(pointer, i))
                try model.addConstraint(
                    variables: indices[1..<length + 1].lazy.map { Int($0) - 1 },
                    coefficients: values[1..<length + 1], RowBounds(lower: lower, upper: upper),
                    name: rowName(row) ?? "r\(row + 1)")
            }
        } catch {
            throw .invalidModel(error)
        }
        return model
    }

    private static func bounds(type: Int32, lower: Double, upper: Double) -> (Double?, Double?) {
        switch type {
        case GLP_LO: (lower, nil)
        case GLP_UP: (nil, upper)
        case GLP_DB, GLP_FX: (lower, upper)
        default: (nil, nil)
        }
    }
}
