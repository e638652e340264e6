public import PlanningTask

/// Turns a sequential plan into a minimal deordering: a partial-order plan whose orderings
/// are a subset of the sequence's, every linearisation of which is valid, and none of whose
/// orderings can be dropped without admitting an invalid linearisation.
///
/// 1. Causal structure, as in explanation-based order generalisation (Kambhampati & Kedar
///    1994, "A unified framework for explanation-based generalization of partially ordered
///    and partially instantiated plans", AIJ 67): each condition of each step (conditional
///    effects fixed as in `FixedBehaviour`) and of the goal is linked to the earliest step
///    after which it holds without interruption up to the consumer, or to the initial state;
///    each step that undoes the condition (a threat) is ordered before the producer or
///    after the consumer, as it was in the sequence.
/// 2. Transitive reduction of those orderings (bitset closure).
/// 3. `OrderingMinimizer` drops the orderings no condition needs.
///
/// - Complexity: O(n² / 64 + L × T) for steps 1–2 (L links, T threats per link), then the
///   minimiser's bound; thousands of steps take well under a second.
public struct Deorderer: Sendable {
    /// The task the plans belong to.
    public let task: GroundTask

    /// Creates a deorderer for plans of `task`.
    public init(task: GroundTask) { self.task = task }

    /// The minimal deordering of `plan`, which must be valid for the task.
    public func deorder(_ plan: SequentialPlan) throws(PartialOrderPlanError) -> PartialOrderPlan {
        let behaviour = try self.behaviour(of: plan)
        var graph = Self.causalOrder(of: behaviour).graph
        return Self.minimalPlan(steps: plan.operators, behaviour: behaviour, graph: &graph)
    }

    /// The fixed behaviour of `plan`'s steps along the sequence.
    func behaviour(of plan: SequentialPlan) throws(PartialOrderPlanError) -> FixedBehaviour {
        let steps = plan.operators
        for (index, op) in steps.enumerated()
        where op.rawValue < 0 || op.index >= task.operatorCount {
            throw .unknownOperator(step: index)
        }
        let behaviour: FixedBehaviour
        do {
            behaviour = try FixedBehaviour(
                task: task, steps: steps, linearisation: Array(steps.indices))
        } catch .notApplicable(let step) {
            throw .invalidSequentialPlan(.notApplicable(step: step))
        } catch {
            throw .invalidSequentialPlan(.goalNotReached)
        }
        return behaviour
    }

    /// Reduces, minimises and annotates `graph` (valid for `behaviour`).
    static func minimalPlan(
        steps: [OperatorID], behaviour: FixedBehaviour, graph: inout PrecedenceGraph
    ) -> PartialOrderPlan {
        graph.reduceTransitively()
        let checker = ConditionChecker(behaviour: behaviour)
        OrderingMinimizer(checker: checker).minimize(&graph)
        return PartialOrderPlan(
            steps: steps,
            orderings: graph.edges.map { Ordering(before: $0.0, after: $0.1) },
            links: checker.causalLinks(in: graph))
    }

    /// The orderings of step 1 (links and threat resolutions along the sequence 0, 1, …),
    /// with their closure, and the producer chosen for each condition (aligned with
    /// `behaviour.conditionLiterals`; -1 is the initial state).
    static func causalOrder(
        of behaviour: FixedBehaviour
    ) -> (graph: PrecedenceGraph, producers: [Int32]) {
        let count = behaviour.stepCount
        var edges = BitMatrix(size: count)
        // For each literal, the earliest step since which it holds (-1: since the start,
        // -2: it does not hold).
        let literalCount = behaviour.relevantFacts.count * 2
        var support = [Int32](repeating: -2, count: literalCount)
        for (fact, isTrue) in behaviour.initiallyTrue.enumerated() {
            support[fact * 2 + (isTrue ? 0 : 1)] = -1
        }
        var producers = [Int32](repeating: -1, count: behaviour.conditionLiterals.count)
        for node in 0...count {
            let conditions = behaviour.conditions(of: node)
            for (slot, literal) in zip(conditions.indices, conditions) {
                let producer = Int(support[Int(literal)])
                producers[slot] = Int32(max(producer, -1))
                if producer >= 0, node < count { edges[producer, node] = true }
                for threat in behaviour.threateners(of: literal).lazy.map(Int.init)
                where threat != node {
                    if threat < node {
                        // Before the producer in the sequence (nothing undid it since).
                        if producer >= 0 { edges[threat, producer] = true }
                    } else {
                        edges[node, threat] = true
                    }
                }
            }
            guard node < count else { break }
            for literal in behaviour.effects(of: node) {
                let index = Int(literal)
                if support[index] == -2 { support[index] = Int32(node) }
                support[index ^ 1] = -2
            }
        }
        return (PrecedenceGraph(forwardEdges: edges), producers)
    }
}
