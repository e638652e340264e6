/// Start solutions for a ``FlexibleJobShop`` by list scheduling (Brandimarte 1993; Pezzella,
/// Morganti & Ciaschetti 2008): repeatedly take one of the jobs' next operations and append
/// it to one of its machines. The machine is the one that completes the operation earliest;
/// the operation is the one that completes earliest (first rule) or the one whose job has
/// the most work left at shortest durations (second rule), with random tie-breaking on later
/// passes. O(A · jobs) per pass for A machine choices.
struct FlexibleJobShopDispatch {
    let shop: FlexibleJobShop

    /// The best selection over `passes` passes: the two plain rules, then randomised passes
    /// while `deadline` (by default an hour from the call) has not passed.
    func best(
        passes: Int, seed: UInt64, until deadline: ContinuousClock.Instant = .now + .seconds(3600)
    ) -> FlexibleSequencing? {
        var random = SplitMix64(seed: seed)
        var best: FlexibleSequencing?
        for pass in 0..<max(2, passes) {
            if pass >= 2, ContinuousClock.now >= deadline { break }
            guard let candidate = build(mostWorkLeft: pass % 2 == 1, noise: pass >= 2, &random)
            else { continue }
            if candidate.makespan < best?.makespan ?? Int.max { best = candidate }
        }
        return best
    }

    private func build(mostWorkLeft: Bool, noise: Bool, _ random: inout SplitMix64)
        -> FlexibleSequencing?
    {
        let count = shop.operations.count
        var workLeft = [Int](repeating: 0, count: shop.jobCount)
        for operation in 0..<count {
            workLeft[shop.operations[operation].job] += shop.shortestDuration(operation)
        }
        var next = Array(shop.jobStart.dropLast())
        var jobReady = [Int](repeating: 0, count: shop.jobCount)
        var machineReady = [Int](repeating: 0, count: shop.machineCount)
        var machines = [Int](repeating: 0, count: count)
        var rank = [Int](repeating: 0, count: count)
        for step in 0..<count {
            var chosen: (operation: Int, machine: Int, finish: Int, key: Int)?
            for job in 0..<shop.jobCount where next[job] < shop.jobStart[job + 1] {
                let operation = next[job]
                var machine = -1
                var finish = Int.max
                for alternative in shop.operations[operation].alternatives {
                    let end =
                        max(jobReady[job], machineReady[alternative.machine])
                        + alternative.duration
                    if end < finish || (end == finish && noise && random.next() % 2 == 0) {
                        finish = end
                        machine = alternative.machine
                    }
                }
                let key = mostWorkLeft ? -workLeft[job] : finish
                let jitter = noise ? Int(random.next() % 3) : 0
                if chosen == nil || key + jitter < chosen?.key ?? Int.max {
                    chosen = (operation, machine, finish, key + jitter)
                }
            }
            guard let pick = chosen else { return nil }
            let job = shop.operations[pick.operation].job
            machines[pick.operation] = pick.machine
            rank[pick.operation] = step
            jobReady[job] = pick.finish
            machineReady[pick.machine] = pick.finish
            workLeft[job] -= shop.shortestDuration(pick.operation)
            next[job] += 1
        }
        return FlexibleSequencing(shop: shop, machines: machines, priority: rank)
    }
}
