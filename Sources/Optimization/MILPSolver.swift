/// A backend that solves ``LinearModel``s: linear programs and mixed-integer programs.
///
/// Implementations must never crash on any model (the model type already guarantees finite,
/// consistent data) and must be safe to call from concurrent tasks.
public protocol MILPSolver: Sendable {
    /// Solves `model`. Infeasible, unbounded or limit-stopped searches are results
    /// (``SolveStatus``), not errors; errors are thrown for internal failures and for errors
    /// thrown by the progress callback, which stop the search and are rethrown.
    func solve(_ model: LinearModel, options: SolveOptions) async throws -> Solution
}
