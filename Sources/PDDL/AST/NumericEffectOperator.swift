/// A numeric update of an effect.
public enum NumericEffectOperator: String, Sendable, Hashable {
    case assign
    case increase
    case decrease
    case scaleUp = "scale-up"
    case scaleDown = "scale-down"

    /// The value of the function after updating `current` by `amount`.
    public func apply(to current: Double, amount: Double) -> Double {
        switch self {
        case .assign: amount
        case .increase: current + amount
        case .decrease: current - amount
        case .scaleUp: current * amount
        case .scaleDown: current / amount
        }
    }
}
