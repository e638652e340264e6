public import Optimization

/// The result of solving a ``ModelFile``.
public struct ModelFileSolution: Sendable {
    /// The model as read (names, kinds and bounds of its variables and constraints).
    public var model: LinearModel
    /// The solver's result: status, objective and variable values.
    public var solution: Solution
    /// What the MathProg model printed with `display` and `printf`, before and after `solve`.
    public var output: String

    /// Bundles a model read, its solution and the MathProg output.
    public init(model: LinearModel, solution: Solution, output: String) {
        self.model = model
        self.solution = solution
        self.output = output
    }
}
