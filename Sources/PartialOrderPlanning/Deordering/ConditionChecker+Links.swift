extension ConditionChecker {
    /// One causal link per condition of every step and of the goal, in a valid order.
    ///
    /// The producer is the latest establisher that necessarily precedes the consumer and
    /// whose link no step can threaten, else the initial state when it qualifies; when every
    /// candidate is threatened (the condition holds thanks to "white knights"), the latest
    /// establisher necessarily before the consumer, or the initial state.
    ///
    /// - Complexity: O(Σ conditions × candidates × threats) in the worst case; usually the
    ///   first candidate is unthreatened.
    func causalLinks(in graph: PrecedenceGraph) -> [CausalLink] {
        var links: [CausalLink] = []
        let goal = behaviour.goalNode
        for node in graph.topologicalOrder + [goal] {
            let consumer: PlanNode = node == goal ? .goal : .step(node)
            for literal in behaviour.conditions(of: node) {
                let (fact, isNegative) = behaviour.fact(of: literal)
                let threats = behaviour.threateners(of: literal).lazy.map(Int.init)
                    .filter { $0 != node }
                var candidates = behaviour.establisherList(of: literal).map(Int.init)
                    .filter { $0 != node && (node == goal || graph.precedes($0, node)) }
                candidates.sort { graph.position[$0] > graph.position[$1] }
                let unthreatened = candidates.first { producer in
                    threats.allSatisfy { threat in
                        threat == producer || graph.precedes(threat, producer)
                            || (node != goal && graph.precedes(node, threat))
                    }
                }
                let initialIsSafe =
                    behaviour.holdsInitially(literal)
                    && threats.allSatisfy { node != goal && graph.precedes(node, $0) }
                let producer: PlanNode
                if let unthreatened {
                    producer = .step(unthreatened)
                } else if initialIsSafe || candidates.isEmpty {
                    producer = .initial
                } else {
                    producer = .step(candidates[0])
                }
                links.append(
                    CausalLink(
                        producer: producer, consumer: consumer, fact: fact,
                        isNegative: isNegative))
            }
        }
        return links
    }
}
