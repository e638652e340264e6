import Optimization
import TestSupport

/// Small models with known optima, built through the public API.
enum ExampleModels {
    /// Hillier & Lieberman's Wyndor Glass LP: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18;
    /// published optimum 36 at (2, 6).
    static func wyndorGlass() throws -> LinearModel {
        var model = LinearModel(name: "wyndor")
        let x = try model.addVariable("doors")
        let y = try model.addVariable("windows")
        try model.addConstraint(LinearExpression(x), .lessOrEqual(4), name: "plant1")
        try model.addConstraint(2 * y, .lessOrEqual(12), name: "plant2")
        try model.addConstraint(3 * x + 2 * y, .lessOrEqual(18), name: "plant3")
        try model.setObjective(3 * x + 5 * y, .maximize)
        return model
    }

    /// A 0-1 knapsack with pseudo-random weights and values (deterministic for a seed).
    static func knapsack(items: Int, seed: UInt64) throws -> (
        LinearModel, [Double], [Double], Double
    ) {
        var generator = SplitMix64(seed: seed)
        let weights = (0..<items).map { _ in Double(generator.next() % 40 + 5) }
        let values = (0..<items).map { _ in Double(generator.next() % 60 + 1) }
        let capacity = (weights.reduce(0, +) / 2).rounded(.down)
        var model = LinearModel(name: "knapsack")
        for item in 0..<items {
            try model.addVariable("take\(item)", kind: .binary, objective: values[item])
        }
        try model.addConstraint(
            variables: 0..<items, coefficients: weights, .lessOrEqual(capacity), name: "capacity")
        try model.setObjective(
            LinearExpression(terms: (0..<items).map { .init(VariableID($0), values[$0]) }),
            .maximize)
        return (model, weights, values, capacity)
    }

    /// The best knapsack value by dynamic programming over integer capacities.
    static func knapsackOptimum(weights: [Double], values: [Double], capacity: Double) -> Double {
        var best = [Double](repeating: 0, count: Int(capacity) + 1)
        for (weight, value) in zip(weights, values) {
            let weight = Int(weight)
            guard weight < best.count else { continue }
            for room in stride(from: best.count - 1, through: weight, by: -1) {
                best[room] = max(best[room], best[room - weight] + value)
            }
        }
        return best.last ?? 0
    }
}
