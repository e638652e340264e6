/// A state as a bitset over facts: bit `f` of word `f / 64` is set iff fact `f` is true.
///
/// Search stores many states back to back in one buffer of `UInt64` words (see
/// `PackedStateLayout`); this value type is the convenient form for one state.
public struct PackedState: Hashable, Sendable {
    /// The words of the bitset; `words.count == PackedStateLayout(factCount:).wordCount`.
    public var words: [UInt64]

    /// The empty state (every fact false) of a task with `factCount` facts.
    public init(factCount: Int) {
        words = Array(repeating: 0, count: PackedStateLayout(factCount: factCount).wordCount)
    }

    /// A state from its raw words.
    public init(words: [UInt64]) { self.words = words }

    /// Whether `fact` is true.
    @inlinable public func contains(_ fact: FactID) -> Bool {
        words[fact.index &>> 6] & (1 &<< UInt64(fact.index & 63)) != 0
    }

    /// Makes `fact` true.
    @inlinable public mutating func insert(_ fact: FactID) {
        words[fact.index &>> 6] |= 1 &<< UInt64(fact.index & 63)
    }

    /// Makes `fact` false.
    @inlinable public mutating func remove(_ fact: FactID) {
        words[fact.index &>> 6] &= ~(1 &<< UInt64(fact.index & 63))
    }

    /// The true facts in increasing order.
    public var trueFacts: [FactID] {
        var result: [FactID] = []
        for (wordIndex, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                result.append(FactID(wordIndex &* 64 &+ bits.trailingZeroBitCount))
                bits &= bits &- 1
            }
        }
        return result
    }
}
