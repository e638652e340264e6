/// Computes the atoms and ground actions reachable in the delete relaxation by bottom-up
/// evaluation of a Datalog program (as Helmert 2009, "Concise finite-domain representations
/// for PDDL planning tasks", §5, does in Fast Downward's translator).
///
/// Semi-naive and join-based: when an atom is processed, every rule with a body atom of its
/// predicate is unified with it and the remaining body atoms are joined against the atoms
/// processed so far through per-argument indexes, most-bound atom first. Variables no body
/// atom binds are enumerated over their type. The full cross product of parameters is never
/// enumerated for variables that body atoms bind.
///
/// - Complexity: proportional to the number of partial matches of rule bodies over the
///   reachable atoms (output-sensitive), plus O(atoms · arity) for the indexes.
final class ReachabilityAnalysis {
    private let universe: ObjectUniverse
    private let rules: [Rule]
    /// Every reachable atom key, in the order reached.
    private(set) var reachedOrder: [UInt64] = []
    /// The set of reachable atom keys.
    private(set) var reached = Set<UInt64>()
    /// For each action, the bindings of its parameters, flattened (stride = parameter count).
    private(set) var actionBindings: [[Int32]]
    /// For each action, the number of bindings in `actionBindings`.
    private(set) var actionBindingCount: [Int]
    private var actionBindingSets: [Set<[Int32]>]

    private var queuePredicates: [Int32] = []
    private var queueArguments: [Int32] = []
    private var queueOffsets: [Int] = []
    private var tuples: [[Int32]]
    private var tupleCount: [Int]
    private var index: [[[[Int32]]]]
    private var triggers: [[(rule: Int, position: Int)]]
    private var binding: [Int32] = []
    /// Checked every 4096 steps of the joins and enumerations.
    var limits = GroundingLimits.none
    /// The limit that stopped the fixpoint early, if any: then the results are incomplete.
    private(set) var reachedLimit: GroundingFailure.Limit?
    private var steps = 0

    /// Prepares the analysis of `rules` from `initialAtoms` (predicate, arguments).
    init(
        universe: ObjectUniverse, rules: [Rule], actionParameterCounts: [Int],
        initialAtoms: [(predicate: Int, arguments: [Int32])]
    ) {
        self.universe = universe
        self.rules = rules
        let predicateCount = universe.arity.count
        actionBindings = Array(repeating: [], count: actionParameterCounts.count)
        actionBindingCount = Array(repeating: 0, count: actionParameterCounts.count)
        actionBindingSets = Array(repeating: [], count: actionParameterCounts.count)
        tuples = Array(repeating: [], count: predicateCount)
        tupleCount = Array(repeating: 0, count: predicateCount)
        index = (0..<predicateCount).map { predicate in
            Array(
                repeating: Array(repeating: [], count: universe.count),
                count: universe.arity[predicate])
        }
        triggers = Array(repeating: [], count: predicateCount)
        for (ruleIndex, rule) in rules.enumerated() {
            for (position, atom) in rule.body.enumerated() {
                triggers[atom.predicate].append((ruleIndex, position))
            }
        }
        for atom in initialAtoms { derive(predicate: atom.predicate, arguments: atom.arguments) }
    }

    /// Runs the fixpoint.
    func run() {
        for (ruleIndex, rule) in rules.enumerated() where rule.body.isEmpty {
            binding = Array(repeating: -1, count: rule.variableCount)
            enumerate(rule: ruleIndex, from: 0)
        }
        var head = 0
        while head < queueOffsets.count, reachedLimit == nil {
            let predicate = Int(queuePredicates[head])
            let offset = queueOffsets[head]
            let arity = universe.arity[predicate]
            head += 1
            let arguments = Array(queueArguments[offset..<(offset + arity)])
            let tupleIndex = Int32(tupleCount[predicate])
            tuples[predicate].append(contentsOf: arguments)
            tupleCount[predicate] += 1
            for (position, argument) in arguments.enumerated() {
                index[predicate][position][Int(argument)].append(tupleIndex)
            }
            for (ruleIndex, position) in triggers[predicate] {
                let rule = rules[ruleIndex]
                binding = Array(repeating: -1, count: rule.variableCount)
                var bound: [Int] = []
                if unify(rule.body[position], with: arguments, rule: rule, bound: &bound) {
                    var remaining = Array(0..<rule.body.count)
                    remaining.remove(at: position)
                    join(rule: ruleIndex, remaining: &remaining)
                }
            }
        }
    }

    private func derive(predicate: Int, arguments: [Int32]) {
        let key = universe.key(predicate: predicate, arguments: arguments)
        guard reached.insert(key).inserted else { return }
        reachedOrder.append(key)
        queuePredicates.append(Int32(predicate))
        queueOffsets.append(queueArguments.count)
        queueArguments.append(contentsOf: arguments)
    }

    /// Binds the variables of `atom` to `arguments`; records newly bound variables in
    /// `bound`. On failure the caller undoes `bound`.
    private func unify(
        _ atom: RuleAtom, with arguments: some Collection<Int32>, rule: Rule, bound: inout [Int]
    ) -> Bool {
        for (term, argument) in zip(atom.terms, arguments) {
            if term < 0 {
                if RuleAtom.object(argument) != term { return false }
            } else {
                let variable = Int(term)
                let current = binding[variable]
                if current >= 0 {
                    if current != argument { return false }
                } else {
                    if !rule.allowed[variable][Int(argument)] { return false }
                    binding[variable] = argument
                    bound.append(variable)
                }
            }
        }
        return true
    }

    /// Whether to stop: a limit was reached (looked at every 4096 calls).
    private func stopping() -> Bool {
        steps &+= 1
        if steps & 4095 == 0, reachedLimit == nil { reachedLimit = limits.reachedLimit() }
        return reachedLimit != nil
    }

    private func join(rule ruleIndex: Int, remaining: inout [Int]) {
        guard !stopping() else { return }
        let rule = rules[ruleIndex]
        guard !remaining.isEmpty else {
            enumerate(rule: ruleIndex, from: 0)
            return
        }
        // The remaining atom with the shortest candidate list through a bound argument.
        var bestSlot = 0
        var bestList: [Int32]? = nil
        var bestSize = Int.max
        for (slot, position) in remaining.enumerated() {
            let atom = rule.body[position]
            var size = tupleCount[atom.predicate]
            var list: [Int32]? = nil
            for (argumentPosition, term) in atom.terms.enumerated() {
                let value: Int32 = term < 0 ? -(term + 1) : binding[Int(term)]
                guard value >= 0 else { continue }
                let candidates = index[atom.predicate][argumentPosition][Int(value)]
                if candidates.count < size || list == nil && candidates.count <= size {
                    size = candidates.count
                    list = candidates
                }
            }
            if size < bestSize || (size == bestSize && list != nil && bestList == nil) {
                bestSize = size
                bestSlot = slot
                bestList = list
            }
            if size == 0 { return }
        }
        let position = remaining.remove(at: bestSlot)
        defer { remaining.insert(position, at: bestSlot) }
        let atom = rule.body[position]
        let arity = atom.terms.count
        let predicateTuples = tuples[atom.predicate]
        var bound: [Int] = []
        func attempt(_ tupleIndex: Int) {
            let start = tupleIndex * arity
            if unify(
                atom, with: predicateTuples[start..<(start + arity)], rule: rule, bound: &bound)
            {
                join(rule: ruleIndex, remaining: &remaining)
            }
            for variable in bound { binding[variable] = -1 }
            bound.removeAll(keepingCapacity: true)
        }
        if let bestList {
            for tupleIndex in bestList { attempt(Int(tupleIndex)) }
        } else {
            for tupleIndex in 0..<tupleCount[atom.predicate] { attempt(tupleIndex) }
        }
    }

    /// Enumerates the unbound `enumerated` variables from position `from`, then emits.
    private func enumerate(rule ruleIndex: Int, from position: Int) {
        guard !stopping() else { return }
        let rule = rules[ruleIndex]
        if position == rule.enumerated.count {
            emit(rule)
            return
        }
        let variable = rule.enumerated[position]
        if binding[variable] >= 0 {
            enumerate(rule: ruleIndex, from: position + 1)
            return
        }
        for object in rule.candidates[variable] {
            binding[variable] = object
            enumerate(rule: ruleIndex, from: position + 1)
        }
        binding[variable] = -1
    }

    private func emit(_ rule: Rule) {
        switch rule.head {
        case .action(let action):
            let parameters = Array(binding[0..<rule.enumerated.count])
            if actionBindingSets[action].insert(parameters).inserted {
                actionBindings[action].append(contentsOf: parameters)
                actionBindingCount[action] += 1
            }
        case .atom(let atom):
            let arguments = atom.terms.map { $0 < 0 ? -($0 + 1) : binding[Int($0)] }
            derive(predicate: atom.predicate, arguments: arguments)
        }
    }
}
