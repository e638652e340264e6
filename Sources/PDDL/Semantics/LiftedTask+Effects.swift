extension LiftedTask {
    /// Collects the changes of `effect` with the scope bound to `bindings`; conditions of
    /// `when` are evaluated in `state` (which must hold the derived atoms), universal effects
    /// range over the objects of their variables' types.
    public func collect(
        _ effect: Effect, in state: State, bindings: inout [Int], duration: Double? = nil,
        into changes: inout EffectSet
    ) {
        switch effect.kind {
        case .and(let parts):
            for part in parts {
                collect(part, in: state, bindings: &bindings, duration: duration, into: &changes)
            }
        case .forall(let first, let variables, let body):
            forEachBinding(of: variables, from: first, bindings: &bindings) { bindings in
                collect(body, in: state, bindings: &bindings, duration: duration, into: &changes)
            }
        case .when(let condition, let body):
            if holds(condition, in: state, bindings: &bindings) {
                collect(body, in: state, bindings: &bindings, duration: duration, into: &changes)
            }
        case .add(let atom):
            changes.adds.append(ground(atom, bindings))
        case .delete(let atom):
            changes.deletes.append(ground(atom, bindings))
        case .numeric(let operation, let target, let amount):
            let key = key(target, bindings)
            guard let value = value(of: amount, in: state, bindings: bindings, duration: duration)
            else {
                changes.undefinedReads.append(key)
                return
            }
            if operation != .assign && state.values[key] == nil {
                changes.undefinedReads.append(key)
            }
            changes.updates.append(
                EffectSet.NumericUpdate(key: key, operation: operation, amount: value))
        }
    }

    /// The state after applying action `index` with universe-id `arguments` to `state`
    /// (preconditions are not checked here; see ``PlanValidator``).
    public func successor(ofAction index: Int, arguments: [Int], in state: State) -> State {
        let saturatedState = saturated(state)
        var bindings = arguments
        var changes = EffectSet()
        collect(
            domain.actions[index].effect, in: saturatedState, bindings: &bindings, into: &changes)
        return changes.applied(to: state)
    }
}
