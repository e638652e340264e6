import CGLPK
import Glibc

/// Owns one `glp_prob`, freed in `deinit`.
///
/// Created only inside a ``GLPKThread`` body and not `Sendable`, so it is created, used and
/// deleted on the same thread (GLPK aborts when a problem is freed on another thread). As a
/// last line of defence `deinit` checks the thread and leaks the problem rather than abort.
final class Problem {
    let pointer: OpaquePointer
    private let owner: pthread_t

    init() {
        // glp_create_prob never returns NULL: GLPK aborts on allocation failure instead.
        pointer = glp_create_prob()
        owner = pthread_self()
    }

    deinit {
        if pthread_equal(owner, pthread_self()) != 0 { glp_delete_prob(pointer) }
    }

    var rowCount: Int { Int(glp_get_num_rows(pointer)) }
    var columnCount: Int { Int(glp_get_num_cols(pointer)) }
    var nonzeroCount: Int { Int(glp_get_num_nz(pointer)) }
    var integerColumnCount: Int { Int(glp_get_num_int(pointer)) }
    var isMaximization: Bool { glp_get_obj_dir(pointer) == GLP_MAX }

    /// Orders the entries of every row and column by index (the order the simplex visits).
    func sortMatrix() { glp_sort_matrix(pointer) }

    /// The name of column `column` (0-based), or `nil` when it has none.
    func columnName(_ column: Int) -> String? {
        glp_get_col_name(pointer, Int32(column + 1)).map { String(cString: $0) }
    }

    /// The name of row `row` (0-based), or `nil` when it has none.
    func rowName(_ row: Int) -> String? {
        glp_get_row_name(pointer, Int32(row + 1)).map { String(cString: $0) }
    }
}
