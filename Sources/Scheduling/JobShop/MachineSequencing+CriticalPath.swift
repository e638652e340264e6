extension MachineSequencing {
    /// One critical path, split into critical blocks: maximal runs of operations that follow
    /// each other directly on one machine. Each block is a range of indices into `path`.
    struct CriticalBlocks {
        /// The operations of the path from its start to the operation that ends last.
        var path: [Int] = []
        var blocks: [Range<Int>] = []
    }

    /// A longest path of the current selection, traced back from an operation that finishes
    /// at the makespan; at each step the machine predecessor is preferred when it is tight,
    /// which gives the longest blocks. O(n + P).
    func criticalBlocks(in graph: DisjunctiveGraph) -> CriticalBlocks {
        var result = CriticalBlocks()
        guard
            var current = (0..<graph.operationCount).first(where: {
                heads[$0] + graph.duration[$0] == makespan
            })
        else { return result }
        var reversed = [current]
        var viaMachine: [Bool] = []
        while true {
            let start = heads[current]
            let previous = machinePredecessor(current, in: graph)
            if previous >= 0, heads[previous] + graph.duration[previous] == start {
                reversed.append(previous)
                viaMachine.append(true)
                current = previous
                continue
            }
            var tight = -1
            for arc in graph.predecessorStart[current]..<graph.predecessorStart[current + 1] {
                let source = graph.predecessor[arc]
                if heads[source] + graph.duration[source] + graph.predecessorLag[arc] == start {
                    tight = source
                    break
                }
            }
            guard tight >= 0 else { break }
            reversed.append(tight)
            viaMachine.append(false)
            current = tight
        }
        result.path = reversed.reversed()
        let linked = Array(viaMachine.reversed())
        var blockStart = 0
        for index in 1...result.path.count {
            if index == result.path.count || !linked[index - 1] {
                result.blocks.append(blockStart..<index)
                blockStart = index
            }
        }
        return result
    }
}
