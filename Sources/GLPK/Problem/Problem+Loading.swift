import CGLPK
import Optimization

extension Problem {
    /// Loads `model` into this (empty) problem.
    ///
    /// Everything GLPK would abort on is checked first: names (1–255 bytes, no control
    /// characters), column indices and duplicate entries of every row. Values are already
    /// finite and bounds ordered: ``LinearModel`` refuses anything else. Names must also be
    /// unique when `uniqueNames` is set, as a model file needs them to be (solving does not).
    ///
    /// - Complexity: O(variables + constraints + nonzeros), names hashed when `uniqueNames`.
    func load(_ model: LinearModel, uniqueNames: Bool = false) throws(GLPKError) {
        guard model.variableCount > 0 else { throw .emptyModel }
        try Self.checkNames(model.variables.lazy.map(\.name), unique: uniqueNames)
        try Self.checkNames(model.rowNames.lazy, unique: uniqueNames)
        let matrix = try Self.oneBasedEntries(of: model)

        if Self.isStorable(model.name) { glp_set_prob_name(pointer, model.name) }
        glp_set_obj_dir(pointer, model.objectiveSense == .maximize ? GLP_MAX : GLP_MIN)
        glp_set_obj_coef(pointer, 0, model.objectiveConstant)

        glp_add_cols(pointer, Int32(model.variableCount))
        for (index, variable) in model.variables.enumerated() {
            let column = Int32(index + 1)
            glp_set_col_name(pointer, column, variable.name)
            let (type, lower, upper) = Self.boundType(variable.lowerBound, variable.upperBound)
            glp_set_col_bnds(pointer, column, type, lower, upper)
            switch variable.kind {
            case .continuous: break
            case .integer: glp_set_col_kind(pointer, column, GLP_IV)
            case .binary: glp_set_col_kind(pointer, column, GLP_BV)
            }
            glp_set_obj_coef(pointer, column, model.objectiveCoefficients[index])
        }

        if model.constraintCount > 0 {
            glp_add_rows(pointer, Int32(model.constraintCount))
        }
        for (index, bounds) in model.rowBounds.enumerated() {
            let row = Int32(index + 1)
            glp_set_row_name(pointer, row, model.rowNames[index])
            let (type, lower, upper) = Self.boundType(bounds.lower, bounds.upper)
            glp_set_row_bnds(pointer, row, type, lower, upper)
        }

        guard model.nonzeroCount > 0 else { return }
        glp_load_matrix(
            pointer, Int32(model.nonzeroCount), matrix.rows, matrix.columns, matrix.values)
    }

    /// The matrix as GLPK's triplet arrays (1-based: element 0 is unused), checked for
    /// indices out of range and for repeated columns within a row, which `glp_load_matrix`
    /// would abort on. ``LinearModel`` already merges repeated columns; the check guards
    /// that invariant at the C boundary.
    private static func oneBasedEntries(
        of model: LinearModel
    ) throws(GLPKError) -> (rows: [Int32], columns: [Int32], values: [Double]) {
        let count = model.nonzeroCount
        var rows = [Int32](repeating: 0, count: count + 1)
        var columns = [Int32](repeating: 0, count: count + 1)
        var values = [Double](repeating: 0, count: count + 1)
        var lastRowOfColumn = [Int32](repeating: 0, count: model.variableCount + 1)
        let variableCount = Int32(model.variableCount)
        for row in 0..<model.constraintCount {
            let oneBasedRow = Int32(row + 1)
            for entry in model.rowStarts[row]..<model.rowStarts[row + 1] {
                let column = model.columnIndices[entry] + 1
                guard column >= 1, column <= variableCount else {
                    throw .invalidModel(
                        .unknownVariable(index: Int(column - 1), variableCount: model.variableCount)
                    )
                }
                guard lastRowOfColumn[Int(column)] != oneBasedRow else {
                    throw .repeatedEntry(
                        constraint: model.rowNames[row],
                        variable: model.variables[Int(column - 1)].name)
                }
                lastRowOfColumn[Int(column)] = oneBasedRow
                rows[entry + 1] = oneBasedRow
                columns[entry + 1] = column
                values[entry + 1] = model.coefficients[entry]
            }
        }
        return (rows, columns, values)
    }

    /// GLPK's bound type for a range whose missing ends are `nil`.
    static func boundType(_ lower: Double?, _ upper: Double?) -> (Int32, Double, Double) {
        switch (lower, upper) {
        case (nil, nil): (GLP_FR, 0, 0)
        case (let lower?, nil): (GLP_LO, lower, 0)
        case (nil, let upper?): (GLP_UP, 0, upper)
        case (let lower?, let upper?) where lower == upper: (GLP_FX, lower, upper)
        case (let lower?, let upper?): (GLP_DB, lower, upper)
        }
    }

    /// Whether GLPK accepts `name` (`glp_set_*_name` aborts otherwise).
    static func isStorable(_ name: String) -> Bool {
        let bytes = name.utf8
        return !bytes.isEmpty && bytes.count <= 255 && !bytes.contains { $0 < 0x20 || $0 == 0x7F }
    }

    /// Checks that every name is storable and, if asked, that no name repeats.
    private static func checkNames(_ names: some Sequence<String>, unique: Bool) throws(GLPKError) {
        var seen = Set<String>()
        for name in names {
            guard isStorable(name) else { throw .invalidName(name) }
            guard !unique || seen.insert(name).inserted else { throw .duplicateName(name) }
        }
    }
}
