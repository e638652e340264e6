/// The modes in a mode bit set (bit m set = mode m), ascending: `for mode in ModeBits(mask)`.
struct ModeBits: Sequence, IteratorProtocol {
    private var remaining: UInt64

    init(_ mask: UInt64) { remaining = mask }

    mutating func next() -> Int? {
        guard remaining != 0 else { return nil }
        let mode = remaining.trailingZeroBitCount
        remaining &= remaining - 1
        return mode
    }
}
