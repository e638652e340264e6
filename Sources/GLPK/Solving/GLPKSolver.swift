public import Optimization

/// Solves ``LinearModel``s with GLPK: simplex (or interior point) for linear programs,
/// branch-and-cut for mixed-integer programs.
///
/// Safe to use from concurrent tasks: each solve runs on its own thread with its own GLPK
/// environment (see ``GLPKThread``). A warm start or a progress callback turns the MIP
/// presolver off, because injected solutions are given in the original variable space.
public struct GLPKSolver: MILPSolver {
    /// Largest bound, row or integrality violation a warm start or offered solution may have.
    public var feasibilityTolerance: Double

    /// A solver accepting warm starts and offered solutions within `feasibilityTolerance`.
    public init(feasibilityTolerance: Double = 1e-6) {
        self.feasibilityTolerance = feasibilityTolerance
    }

    /// Solves `model` on its own GLPK thread; throws ``GLPKError`` for an empty or bad model.
    public func solve(_ model: LinearModel, options: SolveOptions) async throws -> Solution {
        try Problem.check(options)
        guard model.variableCount > 0 else { throw GLPKError.emptyModel }
        let tolerance = feasibilityTolerance
        let warmStart = try options.warmStart.map { values throws(GLPKError) in
            try Self.prepare(values, for: model, tolerance: tolerance)
        }
        return try await GLPKThread.run(log: options.log) { session in
            let problem = Problem()
            try problem.load(model)
            // GLPK's scaling aborts on magnitudes such as 1e308 (finite, so LinearModel
            // takes them).
            if let (value, place) = problem.firstValueOutOfRange() {
                throw GLPKError.valueOutOfRange(place: place, value: value)
            }
            return try problem.solve(
                options: options, session: session, warmStart: warmStart,
                prepareOffer: { values in try Self.prepare(values, for: model, tolerance: tolerance)
                })
        }
    }

    /// Loads `model` into a GLPK problem and reports GLPK's view of its size: checks that a
    /// model is acceptable to GLPK without solving it, and measures the cost of building.
    public func loadedSize(of model: LinearModel) async throws -> ModelSize {
        try await GLPKThread.run(log: nil) { _ in
            let problem = Problem()
            try problem.load(model)
            return ModelSize(
                rows: problem.rowCount, columns: problem.columnCount,
                nonzeros: problem.nonzeroCount, integerColumns: problem.integerColumnCount)
        }
    }

    /// Checks a solution offered as incumbent and returns it as GLPK takes it: 1-based
    /// (element 0 unused) with integer variables rounded to exact integers, since GLPK's
    /// `glp_ios_heur_sol` does not check feasibility and would accept a wrong incumbent.
    ///
    /// - Complexity: O(variables + nonzeros).
    static func prepare(
        _ values: [Double], for model: LinearModel, tolerance: Double
    ) throws(GLPKError) -> [Double] {
        guard values.count == model.variableCount else {
            throw .invalidWarmStart(
                reason: "\(values.count) values for \(model.variableCount) variables")
        }
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw .invalidWarmStart(
                reason: "value \(values[index]) of '\(model.variables[index].name)' is not finite")
        }
        let violation: Double
        do { violation = try model.maximumViolation(at: values) } catch {
            throw .invalidModel(error)
        }
        guard violation <= tolerance else { throw .infeasibleWarmStart(violation: violation) }
        var oneBased = [0.0]
        oneBased.reserveCapacity(values.count + 1)
        for (variable, value) in zip(model.variables, values) {
            oneBased.append(variable.kind == .continuous ? value : value.rounded())
        }
        return oneBased
    }
}
