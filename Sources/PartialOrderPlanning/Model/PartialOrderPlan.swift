public import PlanningTask

/// A partially ordered plan: steps (ground operators), ordering constraints between them,
/// and the causal links that explain the orderings.
///
/// A linearisation is any sequence of all steps that respects every ordering; the plan is
/// valid when every linearisation is a valid sequential plan (`PartialOrderValidator`
/// proves that without enumerating them). Orderings produced by this module are a
/// transitive reduction: no ordering follows from the others.
public struct PartialOrderPlan: Hashable, Sendable {
    /// The operator of each step; a step is named by its index here.
    public var steps: [OperatorID]
    /// The ordering constraints between step indices.
    public var orderings: [Ordering]
    /// The causal links, for explanation and drawing (validity does not depend on them).
    public var links: [CausalLink]

    /// Creates a plan from its parts.
    public init(steps: [OperatorID], orderings: [Ordering], links: [CausalLink] = []) {
        self.steps = steps
        self.orderings = orderings
        self.links = links
    }

    /// The totally ordered plan `plan` as a partial-order plan (a chain), without links.
    public init(totallyOrdered plan: SequentialPlan) {
        steps = plan.operators
        orderings = plan.operators.indices.dropFirst().map { Ordering(before: $0 - 1, after: $0) }
        links = []
    }

    /// The number of steps.
    public var stepCount: Int { steps.count }
}
