/// A priority queue for monotone integer keys (no key pushed below the last popped one),
/// as in Dijkstra's algorithm with non-negative costs: Dial's buckets (Dial 1969) for keys
/// below `bucketLimit`, a binary heap above. O(1) amortised per operation on small keys.
struct MonotoneQueue {
    static let bucketLimit = 1 << 16

    private var buckets: [[Int32]] = []
    private var current = 0
    private var bucketed = 0
    private var overflow = IntegerMinHeap()

    /// Empties the queue, keeping its storage.
    mutating func removeAll() {
        for index in current..<buckets.count where !buckets[index].isEmpty {
            buckets[index].removeAll(keepingCapacity: true)
        }
        current = 0
        bucketed = 0
        overflow.removeAll()
    }

    /// Adds `value` with priority `key` (≥ the last popped key).
    mutating func push(key: Int, value: Int32) {
        guard key < Self.bucketLimit else {
            overflow.push(key: key, value: value)
            return
        }
        if key >= buckets.count {
            buckets.append(contentsOf: repeatElement([], count: key + 1 - buckets.count))
        }
        buckets[key].append(value)
        bucketed += 1
    }

    /// Removes and returns an entry of the lowest key.
    mutating func pop() -> (key: Int, value: Int32)? {
        if bucketed > 0 {
            while buckets[current].isEmpty { current += 1 }
            bucketed -= 1
            if let value = buckets[current].popLast() { return (current, value) }
        }
        return overflow.pop()
    }
}
