import CGLPK
import Glibc

/// Owns one GNU MathProg translator workspace (`glp_tran`), freed in `deinit`.
///
/// Like ``Problem`` it lives on one ``GLPKThread``. The translator does no error recovery:
/// after any failed step the workspace is only good for freeing, which the caller does by
/// dropping it. Steps follow the manual (§3.2): read model → read data… → generate →
/// build the problem → (solve) → post-solve.
final class MathProgTranslator {
    private let pointer: OpaquePointer
    private let owner: pthread_t

    init() {
        pointer = glp_mpl_alloc_wksp()
        owner = pthread_self()
    }

    deinit {
        if pthread_equal(owner, pthread_self()) != 0 { glp_mpl_free_wksp(pointer) }
    }

    /// Reads the model section; a data section in the same file is skipped when data files
    /// are given separately (as glpsol does). Returns `false` on a translation error.
    func readModel(_ path: String, skipDataSection: Bool) -> Bool {
        glp_mpl_read_model(pointer, path, skipDataSection ? 1 : 0) == 0
    }

    /// Reads one data file; returns `false` on a translation error.
    func readData(_ path: String) -> Bool {
        glp_mpl_read_data(pointer, path) == 0
    }

    /// Runs the model's statements up to `solve`; `display`/`printf` output goes to
    /// `outputPath`. Returns `false` on an evaluation error.
    func generate(outputPath: String) -> Bool {
        glp_mpl_generate(pointer, outputPath) == 0
    }

    /// Builds the generated problem into `problem` (which GLPK erases first).
    func build(into problem: Problem) {
        glp_mpl_build_prob(pointer, problem.pointer)
    }

    /// Runs the statements after `solve` with the solution held by `problem`.
    func postsolve(_ problem: Problem, mixedInteger: Bool) -> Bool {
        glp_mpl_postsolve(pointer, problem.pointer, mixedInteger ? GLP_MIP : GLP_SOL) == 0
    }
}
