/// A node of a partial-order plan: the initial state, one of the steps, or the goal.
///
/// The initial state precedes and the goal follows every step; they take part in causal
/// links (as producer and consumer) but never in explicit orderings.
public enum PlanNode: Hashable, Sendable, Comparable {
    /// The initial state, producer of the facts true at the start.
    case initial
    /// Step `index` of the plan (`PartialOrderPlan.steps[index]`).
    case step(Int)
    /// The goal, consumer of the goal conditions.
    case goal
}
