/// A priority queue over small non-negative integer keys: one FIFO bucket per key.
///
/// Push and pop are O(1) amortised plus the scan to the next non-empty bucket, which
/// suits heuristic values and f-values of planning tasks (Dial 1969).
struct BucketQueue<Element> {
    private var buckets: [[Element]] = []
    private var heads: [Int] = []
    private var minimum = Int.max
    /// The number of stored elements.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// Adds `element` with priority `key` (lower first; FIFO among equal keys).
    mutating func push(_ element: Element, key: Int) {
        if key >= buckets.count {
            let newCount = max(key + 1, buckets.count * 2)
            buckets.append(contentsOf: repeatElement([], count: newCount - buckets.count))
            heads.append(contentsOf: repeatElement(0, count: newCount - heads.count))
        }
        buckets[key].append(element)
        count += 1
        if key < minimum { minimum = key }
    }

    /// Removes and returns an element of the lowest key, with that key.
    mutating func pop() -> (element: Element, key: Int)? {
        guard count > 0 else { return nil }
        while heads[minimum] == buckets[minimum].count { minimum += 1 }
        let element = buckets[minimum][heads[minimum]]
        heads[minimum] += 1
        count -= 1
        let key = minimum
        if heads[key] == buckets[key].count {
            buckets[key].removeAll(keepingCapacity: false)
            heads[key] = 0
            if count == 0 { minimum = Int.max }
        }
        return (element, key)
    }

    /// The smallest key present, if any.
    mutating func minimumKey() -> Int? {
        guard count > 0 else { return nil }
        while heads[minimum] == buckets[minimum].count { minimum += 1 }
        return minimum
    }
}
