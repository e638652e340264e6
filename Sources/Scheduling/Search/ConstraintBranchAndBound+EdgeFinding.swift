extension ConstraintBranchAndBound {
    /// Groups of activities that pairwise cannot overlap on some resource (a unary resource,
    /// such as a job-shop machine): the scope of edge finding. Groups above 40 activities are
    /// left to the pairwise rule, since edge finding here costs O(m³) per group.
    static func unaryGroups(
        network: ProjectNetwork, leastDemand: [[Int]]
    ) -> [(resource: Int, activities: [Int])] {
        var groups: [(resource: Int, activities: [Int])] = []
        for (slot, resource) in network.renewable.enumerated() {
            let users = (0..<network.activityCount).filter { leastDemand[$0][slot] > 0 }
            guard users.count > 2, users.count <= 40 else { continue }
            let smallest = users.map { leastDemand[$0][slot] }.min() ?? 0
            if 2 * smallest > network.capacity[resource] { groups.append((resource, users)) }
        }
        return groups
    }

    /// Edge finding on unary resources (Carlier & Pinson 1990; Baptiste, Le Pape & Nuijten
    /// 2001, §2.1.3): when activity i cannot finish before the set Ω_t = {k : lct_k ≤ L,
    /// est_k ≥ t} ends, `min(t, est_i) + p(Ω_t) + p_i > L`, then i follows all of Ω_t and
    /// starts after its earliest completion; and the mirror rule for latest completions.
    /// Activities whose mode is still open are skipped. O(m³) per group of m activities.
    func propagateEdgeFinding(_ state: inout SearchState, changed: inout Bool) -> Bool {
        for group in unaryGroups {
            let tasks = group.activities.filter {
                state.hasSingleMode($0) && state.shortest[$0] > 0
            }
            guard tasks.count > 2 else { continue }
            guard
                edgeFind(
                    tasks, state: &state, changed: &changed,
                    earliest: { $0.earliestStart[$1] },
                    latest: { $0.latestCompletion[$1] },
                    raise: { state, activity, value in
                        state.earliestStart[activity] = max(state.earliestStart[activity], value)
                    }),
                edgeFind(
                    tasks, state: &state, changed: &changed,
                    earliest: { -$0.latestCompletion[$1] },
                    latest: { -$0.earliestStart[$1] },
                    raise: { state, activity, value in
                        state.latestCompletion[activity] = min(
                            state.latestCompletion[activity], -value)
                    })
            else { return false }
        }
        return true
    }

    /// One direction of edge finding over `tasks`, with `earliest`/`latest` giving the window
    /// (mirrored times for the backward rule) and `raise` applying a new earliest start.
    private func edgeFind(
        _ tasks: [Int], state: inout SearchState, changed: inout Bool,
        earliest: (SearchState, Int) -> Int, latest: (SearchState, Int) -> Int,
        raise: (inout SearchState, Int, Int) -> Void
    ) -> Bool {
        let byEarliestDescending = tasks.sorted { earliest(state, $0) > earliest(state, $1) }
        var updates: [(Int, Int)] = []
        for anchor in tasks {
            let limit = latest(state, anchor)
            // Overload check of Ω = {k : latest_k ≤ limit}.
            var work = 0
            for task in byEarliestDescending where latest(state, task) <= limit {
                work += state.shortest[task]
                if earliest(state, task) + work > limit { return false }
            }
            for outsider in tasks where latest(state, outsider) > limit {
                let own = state.shortest[outsider]
                let start = earliest(state, outsider)
                var sum = 0
                var completion = Int.min
                var bound = Int.min
                for task in byEarliestDescending where latest(state, task) <= limit {
                    sum += state.shortest[task]
                    completion = max(completion, earliest(state, task) + sum)
                    if min(earliest(state, task), start) + sum + own > limit {
                        bound = max(bound, completion)
                    }
                }
                if bound > start { updates.append((outsider, bound)) }
            }
        }
        for (activity, value) in updates {
            raise(&state, activity, value)
            changed = true
            if state.earliestStart[activity] + state.shortest[activity]
                > state.latestCompletion[activity]
            {
                return false
            }
        }
        return true
    }
}
