/// A conjunction of ground literals over atom keys: the disjuncts of a condition in
/// disjunctive normal form. Both arrays are sorted and free of duplicates.
struct Conjunction: Hashable {
    var positive: [UInt64] = []
    var negative: [UInt64] = []

    /// The always-true conjunction.
    static let truth = Conjunction()

    /// The conjunction of both, or nil if it is contradictory (`p ∧ ¬p`).
    func merged(with other: Conjunction) -> Conjunction? {
        let positive = Self.union(self.positive, other.positive)
        let negative = Self.union(self.negative, other.negative)
        if Self.intersects(positive, negative) { return nil }
        return Conjunction(positive: positive, negative: negative)
    }

    /// Whether every literal of `self` is in `other`.
    func isImplied(by other: Conjunction) -> Bool {
        Self.isSubset(positive, of: other.positive) && Self.isSubset(negative, of: other.negative)
    }

    /// Whether `self` and `other` cannot both hold.
    func contradicts(_ other: Conjunction) -> Bool {
        Self.intersects(positive, other.negative) || Self.intersects(negative, other.positive)
    }

    /// The literals of `self` not already in `other`.
    func removing(_ other: Conjunction) -> Conjunction {
        Conjunction(
            positive: positive.filter { !Self.contains(other.positive, $0) },
            negative: negative.filter { !Self.contains(other.negative, $0) })
    }

    private static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    private static func union(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var result: [UInt64] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                result.append(a[i])
                i += 1
            } else if b[j] < a[i] {
                result.append(b[j])
                j += 1
            } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }

    private static func intersects(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else { return true }
        }
        return false
    }

    private static func isSubset(_ a: [UInt64], of b: [UInt64]) -> Bool {
        a.allSatisfy { contains(b, $0) }
    }
}
