public import PlanningTask

/// How a search ended. Outcomes are results, not errors.
public enum SearchOutcome: Sendable {
    /// Which limit stopped a search.
    public enum Limit: Sendable, Equatable {
        /// The wall-clock deadline passed.
        case time
        /// The resident memory exceeded the ceiling.
        case memory
    }

    /// A plan reaching the goal (optimal if the algorithm guarantees it).
    case solved(SequentialPlan)
    /// The search space was exhausted: no plan exists (for complete algorithms).
    case unsolvable
    /// A limit was reached before a plan was found.
    case limitReached(Limit)

    /// The outcome with its plan, if any, replaced by `transform(plan)`.
    public func map(_ transform: (SequentialPlan) -> SequentialPlan) -> SearchOutcome {
        if case .solved(let plan) = self { return .solved(transform(plan)) }
        return self
    }

    /// The plan, if one was found.
    public var plan: SequentialPlan? {
        if case .solved(let plan) = self { return plan }
        return nil
    }
}
