/// A set of at most 128 activity indices as two machine words, hashable for memo tables.
struct ActivitySet: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let capacity = 128

    mutating func insert(_ activity: Int) {
        if activity < 64 { low |= 1 << UInt64(activity) } else { high |= 1 << UInt64(activity - 64) }
    }

    mutating func remove(_ activity: Int) {
        if activity < 64 { low &= ~(1 << UInt64(activity)) } else { high &= ~(1 << UInt64(activity - 64)) }
    }
}
