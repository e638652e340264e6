public import PlanningTask

/// Stores every distinct packed state once, back to back in one buffer, and maps a state to
/// its dense id through an open-addressing hash table (linear probing).
///
/// Memory per state: `wordCount × 8` bytes in the buffer plus about 8 bytes of table.
/// Pointers returned by `state(_:)` stay valid only until the next `insert`.
public final class StateRegistry {
    /// Words per state.
    public let wordCount: Int
    private var buffer: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private var table: UnsafeMutableBufferPointer<Int32>
    private var mask: Int
    /// The number of distinct states stored.
    public private(set) var count: Int = 0

    /// An empty registry for states of `layout`.
    public init(layout: PackedStateLayout) {
        wordCount = layout.wordCount
        capacity = 1024
        buffer = .allocate(capacity: capacity * wordCount)
        table = .allocate(capacity: 4096)
        table.initialize(repeating: -1)
        mask = 4095
    }

    deinit {
        buffer.deallocate()
        table.deallocate()
    }

    /// The bytes held by the buffer and the hash table.
    public var memoryBytes: Int { capacity * wordCount * 8 + table.count * 4 }

    /// The state with id `id`, valid until the next `insert`.
    @inline(__always)
    public func state(_ id: Int32) -> UnsafeBufferPointer<UInt64> {
        UnsafeBufferPointer(start: buffer + Int(id) * wordCount, count: wordCount)
    }

    /// Copies the state with id `id` into `destination`.
    public func copy(_ id: Int32, into destination: UnsafeMutableBufferPointer<UInt64>) {
        let source = buffer + Int(id) * wordCount
        for word in 0..<wordCount { destination[word] = source[word] }
    }

    private func hash(_ words: UnsafeBufferPointer<UInt64>) -> Int {
        var value: UInt64 = 0x9E37_79B9_7F4A_7C15
        for word in words {
            value = (value ^ word) &* 0xBF58_476D_1CE4_E5B9
            value ^= value &>> 31
        }
        return Int(truncatingIfNeeded: value)
    }

    private func equals(_ id: Int32, _ words: UnsafeBufferPointer<UInt64>) -> Bool {
        let stored = buffer + Int(id) * wordCount
        for word in 0..<wordCount where stored[word] != words[word] { return false }
        return true
    }

    /// The id of `words` if it is stored.
    public func lookup(_ words: UnsafeBufferPointer<UInt64>) -> Int32? {
        let table = self.table
        var slot = hash(words) & mask
        while true {
            let id = table[slot]
            if id < 0 { return nil }
            if equals(id, words) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `words` unless an equal state is stored; returns its id and whether it is new.
    ///
    /// - Complexity: O(wordCount) expected, amortised.
    public func insert(_ words: UnsafeBufferPointer<UInt64>) -> (id: Int32, inserted: Bool) {
        let table = self.table
        var slot = hash(words) & mask
        while true {
            let id = table[slot]
            if id < 0 { break }
            if equals(id, words) { return (id, false) }
            slot = (slot + 1) & mask
        }
        if count == capacity { growBuffer() }
        let id = Int32(count)
        let destination = buffer + count * wordCount
        for word in 0..<wordCount { destination[word] = words[word] }
        count += 1
        table[slot] = id
        if count * 2 > table.count { growTable() }
        return (id, true)
    }

    private func growBuffer() {
        let newCapacity = capacity * 2
        let newBuffer = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity * wordCount)
        newBuffer.update(from: buffer, count: capacity * wordCount)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }

    private func growTable() {
        let size = table.count * 2
        table.deallocate()
        table = .allocate(capacity: size)
        table.initialize(repeating: -1)
        mask = size - 1
        for id in 0..<Int32(count) {
            var slot = hash(state(id)) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = id
        }
    }
}
