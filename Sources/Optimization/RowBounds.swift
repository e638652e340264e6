/// The admissible range of a constraint's left-hand side.
public enum RowBounds: Sendable, Hashable {
    /// `expression ≤ value`
    case lessOrEqual(Double)
    /// `expression ≥ value`
    case greaterOrEqual(Double)
    /// `expression = value`
    case equal(Double)
    /// `lower ≤ expression ≤ upper`
    case range(Double, Double)
    /// No bound: a free row (kept for models read from files).
    case free

    /// The lower end of the range, or `nil` when there is none.
    public var lower: Double? {
        switch self {
        case .greaterOrEqual(let value), .equal(let value), .range(let value, _): value
        case .lessOrEqual, .free: nil
        }
    }

    /// The upper end of the range, or `nil` when there is none.
    public var upper: Double? {
        switch self {
        case .lessOrEqual(let value), .equal(let value), .range(_, let value): value
        case .greaterOrEqual, .free: nil
        }
    }
}

extension RowBounds {
    /// The range with the given ends; `nil` means no bound on that side.
    public init(lower: Double?, upper: Double?) {
        switch (lower, upper) {
        case (nil, nil): self = .free
        case (let lower?, nil): self = .greaterOrEqual(lower)
        case (nil, let upper?): self = .lessOrEqual(upper)
        case (let lower?, let upper?) where lower == upper: self = .equal(lower)
        case (let lower?, let upper?): self = .range(lower, upper)
        }
    }
}
