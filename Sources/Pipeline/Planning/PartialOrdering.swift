public import Optimization
public import PartialOrderPlanning
public import PlanningTask

/// How a sequential plan becomes a partial-order plan.
public enum PartialOrdering: Sendable {
    /// A minimal deordering (``Deorderer``): only the orderings the plan's causal structure
    /// needs, none against the plan's order.
    case deorder
    /// A reordering by MILP (``Reorderer``) with `solver`: orderings may contradict the plan;
    /// `options` say what is minimised and for how long.
    case reorder(solver: any MILPSolver, options: Reorderer.Options)
}

/// A partial-order plan and how it was made.
public struct PartialOrderOutcome: Sendable {
    /// The partial-order plan.
    public var plan: PartialOrderPlan
    /// `deordering`, or `reordering (objective): outcome` with the MILP's status if it ran.
    public var method: String
}

extension PDDLPlanner {
    /// `plan` (found by this planner) as a partial-order plan made as `ordering` says.
    public func partialOrder(of plan: SequentialPlan, by ordering: PartialOrdering) async throws
        -> PartialOrderOutcome
    {
        switch ordering {
        case .deorder:
            return PartialOrderOutcome(
                plan: try Deorderer(task: task).deorder(plan), method: "deordering")
        case .reorder(let solver, let options):
            let result = try await Reorderer(task: task, solver: solver)
                .reorder(plan, options: options)
            return PartialOrderOutcome(
                plan: result.plan,
                method: "reordering (\(options.objective.rawValue)): \(result.outcome.rawValue)"
                    + (result.status.map { ", MILP \($0.rawValue)" } ?? ""))
        }
    }
}
