/// An open list for type-based exploration (Xie, Müller, Holte & Imai 2014, "Type-based
/// exploration with multiple search queues for satisficing planning"): entries are grouped
/// by a type — here a pair of small integers such as (h, g) — and a pop picks a type
/// uniformly at random, then an entry of that type uniformly at random.
///
/// Greedy search alone stays on a plateau or in a region the heuristic misjudges (storage:
/// a hoist that walls itself in); drawing now and then from every type at equal odds
/// explores the regions the heuristic ranks badly. The draws come from a fixed seed, so a
/// search is deterministic.
struct TypeBasedQueue<Element> {
    private struct TypeKey: Hashable {
        var first: Int
        var second: Int
    }

    private var buckets: [[Element]] = []
    private var bucketTypes: [TypeKey] = []
    private var bucketOfType: [TypeKey: Int] = [:]
    private var random: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// The number of stored elements.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// Adds `element` under the type (`first`, `second`).
    mutating func push(_ element: Element, type first: Int, _ second: Int) {
        let key = TypeKey(first: first, second: second)
        if let bucket = bucketOfType[key] {
            buckets[bucket].append(element)
        } else {
            bucketOfType[key] = buckets.count
            buckets.append([element])
            bucketTypes.append(key)
        }
        count += 1
    }

    /// Removes and returns an element of a type drawn at random.
    mutating func pop() -> Element? {
        guard count > 0 else { return nil }
        let bucket = nextRandom(below: buckets.count)
        let index = nextRandom(below: buckets[bucket].count)
        buckets[bucket].swapAt(index, buckets[bucket].count - 1)
        let element = buckets[bucket].removeLast()
        count -= 1
        if buckets[bucket].isEmpty { removeBucket(bucket) }
        return element
    }

    private mutating func removeBucket(_ bucket: Int) {
        let last = buckets.count - 1
        bucketOfType[bucketTypes[bucket]] = nil
        if bucket != last {
            buckets.swapAt(bucket, last)
            bucketTypes.swapAt(bucket, last)
            bucketOfType[bucketTypes[bucket]] = bucket
        }
        buckets.removeLast()
        bucketTypes.removeLast()
    }

    /// xorshift64* (Vigna 2016), reduced to `0..<bound`.
    private mutating func nextRandom(below bound: Int) -> Int {
        random ^= random >> 12
        random ^= random << 25
        random ^= random >> 27
        return Int((random &* 0x2545_F491_4F6C_DD1D) % UInt64(bound))
    }
}
