/// Every linear extension (topological order) of a small partial order, by depth-first
/// enumeration: the brute-force ground truth of several tests. Exponential; small inputs only.
public enum LinearExtensions {
    /// Calls `visit` with each order of `0..<count` that puts every `before` ahead of its
    /// `after`.
    public static func forEach(
        count: Int, orderings: some Sequence<(before: Int, after: Int)>,
        _ visit: ([Int]) -> Void
    ) {
        var predecessors = [[Int]](repeating: [], count: count)
        for (before, after) in orderings { predecessors[after].append(before) }
        var placed = [Bool](repeating: false, count: count)
        var prefix: [Int] = []
        func extend() {
            if prefix.count == count {
                visit(prefix)
                return
            }
            for step in 0..<count
            where !placed[step] && predecessors[step].allSatisfy({ placed[$0] }) {
                placed[step] = true
                prefix.append(step)
                extend()
                prefix.removeLast()
                placed[step] = false
            }
        }
        extend()
    }
}
