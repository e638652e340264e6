/// A binary min-heap of `(key, value)` pairs of integers, with lazy deletion left to the
/// caller (stale entries are skipped by comparing keys). Push and pop are O(log n).
struct IntegerMinHeap {
    private var keys: [Int] = []
    private var values: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    mutating func push(key: Int, value: Int32) {
        var index = keys.count
        keys.append(key)
        values.append(value)
        while index > 0 {
            let parent = (index - 1) / 2
            if keys[parent] <= key { break }
            keys[index] = keys[parent]
            values[index] = values[parent]
            index = parent
        }
        keys[index] = key
        values[index] = value
    }

    mutating func pop() -> (key: Int, value: Int32)? {
        guard let lastKey = keys.popLast(), let lastValue = values.popLast() else { return nil }
        guard !keys.isEmpty else { return (lastKey, lastValue) }
        let top = (keys[0], values[0])
        var index = 0
        let count = keys.count
        while true {
            var child = 2 * index + 1
            if child >= count { break }
            if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
            if keys[child] >= lastKey { break }
            keys[index] = keys[child]
            values[index] = values[child]
            index = child
        }
        keys[index] = lastKey
        values[index] = lastValue
        return top
    }
}
