public import PlanningTask

extension PartialOrderPlan {
    /// The plan as a Graphviz digraph, laid out left to right: the initial state, then one
    /// column (`rank=same`) per layer of steps that can run side by side (each step one
    /// layer after its latest predecessor), then the goal. Causal links are solid edges
    /// labelled with their facts; orderings that no link explains (threat resolutions) are
    /// dashed. Links from the initial state are drawn only to steps without predecessors
    /// (the initial state precedes every step anyway), and above `inlineLabelLimit` steps the
    /// facts become external labels (`xlabel`, placed after the layout): both keep the layout
    /// of large plans to seconds.
    ///
    /// - Complexity: O(n + orderings + links) after the topological sort.
    public func dotText(
        in task: GroundTask, inlineLabelLimit: Int = 80
    ) throws(PartialOrderPlanError) -> String {
        let graph = try PartialOrderValidator.graph(of: self, in: task)
        let labelAttribute = stepCount > inlineLabelLimit ? "xlabel" : "label"
        let layer = Self.layers(of: graph).map { $0 + 1 }
        let lastLayer = (layer.max() ?? 0) + 1
        var lines = [
            "digraph pop {",
            "  rankdir=LR;",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=8];",
            "  forcelabels=true;",
            "  init [label=\"init\", shape=ellipse];",
            "  goal [label=\"goal\", shape=ellipse];",
            "  { rank=min; init; }",
            "  { rank=max; goal; }",
        ]
        for (index, op) in steps.enumerated() {
            lines.append(
                "  \(Self.stepID(.step(index))) [label=\(Self.quoted(task[op].description))];")
        }
        for current in 1..<max(lastLayer, 1) {
            let members = (0..<stepCount).filter { layer[$0] == current }
                .map { Self.stepID(.step($0)) }
            lines.append("  { rank=same; \(members.joined(separator: "; ")); }")
        }
        // Facts per linked pair, in link order.
        var labels: [PlanNodePair: [String]] = [:]
        var pairOrder: [PlanNodePair] = []
        for link in links {
            if link.producer == .initial, case .step(let step) = link.consumer,
                !graph.predecessors.isEmpty(row: step)
            {
                continue
            }
            let pair = PlanNodePair(from: link.producer, to: link.consumer)
            if labels[pair] == nil { pairOrder.append(pair) }
            let fact = task[link.fact].description
            labels[pair, default: []].append(link.isNegative ? "(not \(fact))" : fact)
        }
        for pair in pairOrder {
            let label = (labels[pair] ?? []).joined(separator: "\n")
            lines.append(
                "  \(Self.stepID(pair.from)) -> \(Self.stepID(pair.to)) [\(labelAttribute)=\(Self.quoted(label))];"
            )
        }
        for ordering in orderings
        where labels[PlanNodePair(from: .step(ordering.before), to: .step(ordering.after))] == nil {
            lines.append(
                "  \(Self.stepID(.step(ordering.before))) -> \(Self.stepID(.step(ordering.after)))"
                    + " [style=dashed];")
        }
        // Keep the initial state and the goal at the ends even for steps without links.
        for step in 0..<stepCount {
            if graph.predecessors.isEmpty(row: step),
                labels[PlanNodePair(from: .initial, to: .step(step))] == nil
            {
                lines.append("  init -> \(Self.stepID(.step(step))) [style=invis];")
            }
            if graph.successors.isEmpty(row: step) {
                lines.append("  \(Self.stepID(.step(step))) -> goal [style=invis];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A (producer, consumer) pair, the key of link labels.
private struct PlanNodePair: Hashable {
    var from: PlanNode
    var to: PlanNode
}
