public import Optimization

/// The fractional-assignment lower bound of a ``FlexibleJobShop``, a linear program solved by
/// a ``MILPSolver`` (GLPK in `werk`): minimise `C` over fractions `x[o][a] ≥ 0` of each
/// operation on each of its machines, `Σ_a x[o][a] = 1`, with every machine's load
/// `Σ p[o][a] · x[o][a] ≤ C` and every job's work at those fractions `≤ C`.
///
/// Any schedule's assignment is a feasible point, so the LP optimum (rounded up) bounds the
/// makespan. It dominates the combinatorial machine-set loads of ``FlexibleJobShopBounds``
/// without heads and tails; measured (HiGHS on the same LP): mk04 60 (the optimum, against
/// 52 there), mk02 26 (the best known), mk05 172 (the best known), mk06 48 against 39.
/// One row per operation, machine and job; one column per machine choice.
public enum FlexibleJobShopLoadBound {
    /// The most machine choices the LP is built for.
    static let maximumColumns = 200_000

    /// The bound, or `nil` when the LP is too large or not solved to optimality within
    /// `seconds`.
    public static func makespan(
        _ shop: FlexibleJobShop, solver: any MILPSolver, seconds: Double
    ) async -> Int? {
        let choices = shop.operations.reduce(0) { $0 + $1.alternatives.count }
        guard choices <= maximumColumns, seconds > 0,
            let model = try? model(shop)
        else { return nil }
        var options = SolveOptions()
        options.timeLimit = seconds
        guard let solution = try? await solver.solve(model, options: options),
            solution.status == .optimal, let objective = solution.objective,
            objective.isFinite, objective < Double(SchedulingLimits.maximumTime) * 2
        else { return nil }
        // A relative tolerance for the simplex's rounding errors, so that 60.0000001 is 60.
        return Int((objective - 1e-7 * max(1, abs(objective))).rounded(.up))
    }

    /// The LP: column 0 is `C`, then one column per machine choice in operation order.
    static func model(_ shop: FlexibleJobShop) throws(ModelError) -> LinearModel {
        var model = LinearModel(name: "\(shop.name)-load")
        try model.addVariable("C", objective: 1)
        var machineColumns = [[Int]](repeating: [], count: shop.machineCount)
        var machineDurations = [[Double]](repeating: [], count: shop.machineCount)
        var jobColumns = [[Int]](repeating: [], count: shop.jobCount)
        var jobDurations = [[Double]](repeating: [], count: shop.jobCount)
        for operation in shop.operations {
            var columns: [Int] = []
            for alternative in operation.alternatives {
                let column = try model.addVariable(upperBound: 1).index
                columns.append(column)
                machineColumns[alternative.machine].append(column)
                machineDurations[alternative.machine].append(Double(alternative.duration))
                jobColumns[operation.job].append(column)
                jobDurations[operation.job].append(Double(alternative.duration))
            }
            try model.addConstraint(
                variables: columns, coefficients: columns.map { _ in 1.0 }, .equal(1))
        }
        for (columns, durations) in zip(machineColumns, machineDurations) where !columns.isEmpty {
            try model.addConstraint(
                variables: [0] + columns, coefficients: [-1] + durations, .lessOrEqual(0))
        }
        for (columns, durations) in zip(jobColumns, jobDurations) where !columns.isEmpty {
            try model.addConstraint(
                variables: [0] + columns, coefficients: [-1] + durations, .lessOrEqual(0))
        }
        return model
    }
}
