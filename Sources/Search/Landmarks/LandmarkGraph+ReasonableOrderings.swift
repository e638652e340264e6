import PlanningTask

extension LandmarkGraph {
    /// Adds reasonable orderings A →r B for every goal fact landmark B false initially and
    /// every other fact landmark A that interferes with B (Hoffmann, Porteous & Sebastia 2004,
    /// "Ordered landmarks in planning", as approximated in LAMA): reaching B first would mean
    /// deleting it again to reach A. A interferes with B when they are mutex, when every
    /// operator adding A deletes B, or when every operator adding A also adds some fact
    /// mutex with B. An ordering that would close a cycle is left out, so that every landmark
    /// stays reachable under the landmark-count rule that a landmark counts as reached only
    /// after all its parents.
    ///
    /// - Complexity: O(Σ landmark achievers · effects + goal landmarks · landmarks · common
    ///   adds), plus a cycle check over the parents for each ordering added.
    static func addReasonableOrderings(
        task: GroundTask, relaxed: RelaxedTask, mutexes: MutexTable, factLandmarks: [Int32],
        parents: inout [[Int32]]
    ) {
        /// What every operator adding a landmark's fact adds and deletes unconditionally.
        let commonEffects = factLandmarks.map { fact -> (adds: [FactID], deletes: Set<FactID>) in
            let operators = relaxed.achieverRange(Int(fact)).lazy
                .map { Int(relaxed.origin[Int(relaxed.achievers[$0])]) }
                .filter { $0 >= 0 }.map { task.operators[$0] }
            guard let first = operators.first else { return ([], []) }
            var adds = Set(first.addEffects)
            var deletes = Set(first.deleteEffects)
            for op in operators.dropFirst() {
                adds.formIntersection(op.addEffects)
                deletes.formIntersection(op.deleteEffects)
            }
            adds.remove(FactID(rawValue: fact))
            return (Array(adds), deletes)
        }
        func interferes(_ a: Int, _ b: Int) -> Bool {
            let aFact = FactID(rawValue: factLandmarks[a])
            let bFact = FactID(rawValue: factLandmarks[b])
            return mutexes.areMutex(aFact, bFact) || commonEffects[a].deletes.contains(bFact)
                || commonEffects[a].adds.contains { $0 != bFact && mutexes.areMutex($0, bFact) }
        }
        func isAncestor(_ target: Int, of start: Int) -> Bool {
            var stack = [start]
            var seen: Set<Int> = [start]
            while let node = stack.popLast() {
                for parent in parents[node].lazy.map(Int.init) {
                    if parent == target { return true }
                    if seen.insert(parent).inserted { stack.append(parent) }
                }
            }
            return false
        }
        let initial = Set(task.initialFacts.map(\.rawValue))
        let goals = Set(task.goal.map(\.rawValue))
        for b in factLandmarks.indices
        where goals.contains(factLandmarks[b]) && !initial.contains(factLandmarks[b]) {
            for a in factLandmarks.indices
            where a != b && !parents[b].contains(Int32(a)) && interferes(a, b)
                && !isAncestor(b, of: a)
            {
                parents[b].append(Int32(a))
            }
        }
    }
}
