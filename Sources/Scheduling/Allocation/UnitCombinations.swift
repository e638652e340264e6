/// The ways of choosing `count` units out of an eligible list, and how many there are.
enum UnitCombinations {
    /// The number of `count`-subsets of `size` items, or `nil` once it exceeds `limit`.
    static func count(choosing count: Int, of size: Int, limit: Int) -> Int? {
        guard count >= 0, count <= size else { return 0 }
        var result = 1
        for step in 0..<min(count, size - count) {
            // C(n, k) = C(n, k − 1) · (n − k + 1) / k stays whole at every step.
            result = result * (size - step) / (step + 1)
            if result > limit { return nil }
        }
        return result
    }

    /// Every `count`-subset of `items`, in lexicographic order of positions. O(C(n, k) · k).
    static func all(choosing count: Int, of items: [Int]) -> [[Int]] {
        guard count <= items.count else { return [] }
        var result: [[Int]] = []
        var positions = Array(0..<count)
        while true {
            result.append(positions.map { items[$0] })
            var index = count - 1
            while index >= 0, positions[index] == items.count - count + index { index -= 1 }
            guard index >= 0 else { return result }
            positions[index] += 1
            for next in (index + 1)..<count { positions[next] = positions[next - 1] + 1 }
        }
    }
}
