/// A literal over an activity's start time `S`: `[S ≥ value]` or `[S ≤ value]`, the atoms
/// that lazy clause generation explains propagation and learns nogoods with (Ohrimenko,
/// Stuckey & Codish 2009).
struct BoundLiteral: Hashable {
    var activity: Int
    /// `[S ≤ value]` when set, `[S ≥ value]` otherwise.
    var isUpper: Bool
    var value: Int

    static func atLeast(_ activity: Int, _ value: Int) -> BoundLiteral {
        BoundLiteral(activity: activity, isUpper: false, value: value)
    }

    static func atMost(_ activity: Int, _ value: Int) -> BoundLiteral {
        BoundLiteral(activity: activity, isUpper: true, value: value)
    }

    /// `[S ≥ v]` is the negation of `[S ≤ v − 1]`.
    var negation: BoundLiteral {
        isUpper ? .atLeast(activity, value + 1) : .atMost(activity, value - 1)
    }

    /// The bound this literal constrains: `2·activity` for the lower bound (`[S ≥ v]`),
    /// `2·activity + 1` for the upper bound (`[S ≤ v]`); the key of the trail's changes.
    var bound: Int { 2 * activity + (isUpper ? 1 : 0) }

    /// The bound whose changes can make this literal false (the other one of its activity):
    /// raising the lower bound falsifies `[S ≤ v]`, lowering the upper bound `[S ≥ v]`.
    var falsifiedBy: Int { bound ^ 1 }
}
